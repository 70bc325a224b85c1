package net.safeskill.lms.shared.domain.model;

/** The high-risk industries of the action plans (高危行业领域), plus general (通用). */
public enum Industry {
    /** 化工（危险化学品） */
    CHEMICALS,
    /** 非煤矿山 */
    NON_COAL_MINES,
    /** 金属冶炼 */
    METAL_SMELTING,
    /** 烟花爆竹 */
    FIREWORKS,
    /** 粉尘涉爆 */
    COMBUSTIBLE_DUST,
    /** 涉氨制冷 */
    AMMONIA_REFRIGERATION,
    /** 通用 */
    GENERAL
}

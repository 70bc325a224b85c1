package net.safeskill.lms.catalogue.domain.model.library;

/** What a library resource is (资源类型, B4). */
public enum ResourceKind {
    /** 事故案例 */
    ACCIDENT_CASE,
    /** 电子教材 */
    E_TEXTBOOK,
    /** 课件 */
    COURSEWARE
}

package net.safeskill.lms.identity.domain.model.employment;

/** How the person works for the enterprise (用工形式). */
public enum EmploymentType {
    /** 本单位职工 */
    DIRECT,
    /** 劳务派遣 */
    DISPATCHED,
    /** 外包施工队伍 */
    CONTRACTOR
}

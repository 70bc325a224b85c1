package net.safeskill.lms.identity.domain.model.account;

import net.safeskill.lms.identity.domain.model.organisation.OrganisationType;

/**
 * Roles (角色) of requirement A2. A staff role belongs to exactly one organisation of the matching type; the
 * learner and system-admin roles belong to none. Declared in order of precedence for choosing a home page.
 */
public enum Role {
    /** 系统管理员 */
    SYSTEM_ADMIN(null),
    /** 监管部门 */
    REGULATOR(OrganisationType.REGULATOR),
    /** 考务管理员 */
    EXAM_ADMIN(OrganisationType.EXAM_AUTHORITY),
    /** 监考员 */
    PROCTOR(OrganisationType.EXAM_AUTHORITY),
    /** 培训机构 */
    INSTITUTION_ADMIN(OrganisationType.TRAINING_INSTITUTION),
    /** 企业管理员 */
    ENTERPRISE_ADMIN(OrganisationType.ENTERPRISE),
    /** 从业人员（学员） */
    LEARNER(null);

    private final OrganisationType organisationType;

    Role(OrganisationType organisationType) {
        this.organisationType = organisationType;
    }

    /** @return the organisation type this role is exercised in, or {@code null} for roles outside organisations */
    public OrganisationType organisationType() {
        return organisationType;
    }

    public boolean isStaffRole() {
        return organisationType != null;
    }
}

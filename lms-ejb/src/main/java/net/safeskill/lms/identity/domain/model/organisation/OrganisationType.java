package net.safeskill.lms.identity.domain.model.organisation;

/** Kinds of organisation on the platform. */
public enum OrganisationType {
    /** 生产经营单位（企业） */
    ENTERPRISE(true),
    /** 培训机构 */
    TRAINING_INSTITUTION(true),
    /** 考试机构（考务） */
    EXAM_AUTHORITY(true),
    /** 监管部门（应急管理局、人社局） — a government body; a credit code is optional */
    REGULATOR(false);

    private final boolean creditCodeRequired;

    OrganisationType(boolean creditCodeRequired) {
        this.creditCodeRequired = creditCodeRequired;
    }

    public boolean creditCodeRequired() {
        return creditCodeRequired;
    }
}

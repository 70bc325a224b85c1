package net.safeskill.lms.identity.domain.model.account;

/** Role names as compile-time constants, for {@code @RolesAllowed} and web.xml; they equal {@link Role#name()}. */
public final class Roles {
    public static final String LEARNER = "LEARNER";
    public static final String ENTERPRISE_ADMIN = "ENTERPRISE_ADMIN";
    public static final String INSTITUTION_ADMIN = "INSTITUTION_ADMIN";
    public static final String EXAM_ADMIN = "EXAM_ADMIN";
    public static final String PROCTOR = "PROCTOR";
    public static final String REGULATOR = "REGULATOR";
    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";

    private Roles() {
    }
}

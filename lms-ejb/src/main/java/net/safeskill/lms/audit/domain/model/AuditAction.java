package net.safeskill.lms.audit.domain.model;

/** What happened. Stored by name: never rename a constant, add new ones. */
public enum AuditAction {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    LOGIN_THROTTLED,
    LOGIN_DISABLED_ACCOUNT,
    LOGOUT,
    REGISTERED,
    PASSWORD_CHANGED,
    ACCOUNT_CREATED,
    ACCOUNT_ENABLED,
    ACCOUNT_DISABLED,
    ROLE_GRANTED,
    ROLE_REVOKED,
    ORGANISATION_CREATED,
    EMPLOYMENT_ADDED,
    EMPLOYMENT_ENDED,
    ACCESS_DENIED
}

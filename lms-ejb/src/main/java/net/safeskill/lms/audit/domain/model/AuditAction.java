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
    ACCESS_DENIED,
    COURSE_CREATED,
    COURSE_SUBMITTED,
    COURSE_APPROVED,
    COURSE_REJECTED,
    COURSE_WITHDRAWN,
    COURSE_VERSIONED,
    STUDY_TAKEN_OVER,
    PRESENCE_FAILED,
    STUDY_RULES_CHANGED,
    REQUIREMENT_CHANGED,
    OBLIGATION_ASSIGNED,
    COURSE_ASSIGNED,
    TRAINING_CLASS_CREATED,
    CLASS_ROSTER_CHANGED,
    CLASS_SESSION_CHANGED,
    ATTENDANCE_CONFIRMED,
    COURSE_RATED,
    LIBRARY_UPLOADED,
    LIBRARY_PUBLISHED,
    LIBRARY_RETIRED,
    LIBRARY_LESSON_ADDED,
    SEARCH_INDEX_REBUILT,
    /** a read of the question bank: a question viewed, a list or an export (who, which questions or filter) */
    BANK_READ,
    /** a change to the question bank: question, revision, review, retirement, knowledge point, import */
    BANK_CHANGED,
    /** a refused attempt to use the question bank (教考分离: anybody but an exam authority's exam admin) */
    BANK_DENIED
}

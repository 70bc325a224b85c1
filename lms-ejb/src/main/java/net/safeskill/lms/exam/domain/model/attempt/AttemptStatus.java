package net.safeskill.lms.exam.domain.model.attempt;

/** Where an attempt is: admitted but not begun, being answered, or handed in (by the candidate or the server). */
public enum AttemptStatus {
    ADMITTED,
    STARTED,
    SUBMITTED
}

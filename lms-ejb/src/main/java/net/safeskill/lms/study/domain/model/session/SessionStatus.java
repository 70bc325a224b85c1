package net.safeskill.lms.study.domain.model.session;

/** A study session is active until the learner leaves, or until another tab or device takes over. */
public enum SessionStatus {
    ACTIVE,
    TAKEN_OVER,
    ENDED
}

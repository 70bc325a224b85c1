package net.safeskill.lms.exam.domain.model.session;

/** A session is prepared (draft), then published to its candidates (scheduled), or called off (cancelled). */
public enum SessionStatus {
    DRAFT,
    SCHEDULED,
    CANCELLED
}

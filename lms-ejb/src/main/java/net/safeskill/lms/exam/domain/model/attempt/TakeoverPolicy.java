package net.safeskill.lms.exam.domain.model.attempt;

/** What happens when a second device opens an attempt that another device is answering (configured per session). */
public enum TakeoverPolicy {
    /** the second device is refused until the proctor resets the attempt */
    REFUSE,
    /** the second device takes over; the first can no longer write (the service audits it) */
    TAKE_OVER
}

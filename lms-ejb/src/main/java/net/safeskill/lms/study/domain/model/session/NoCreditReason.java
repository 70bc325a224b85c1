package net.safeskill.lms.study.domain.model.session;

/** Why a heartbeat credited nothing (or less than the time since the last one); shown to the learner. */
public enum NoCreditReason {
    /** credited in full */
    NONE,
    /** a replayed or out-of-order beat */
    STALE,
    /** the page was hidden */
    HIDDEN,
    /** the video was paused, or the learner idle */
    PAUSED,
    /** the video played faster than allowed */
    TOO_FAST,
    /** the position jumped past the furthest point watched on a first viewing */
    SKIPPED_AHEAD,
    /** the position is not a position in this video */
    BAD_POSITION,
    /** a presence check waits for an answer */
    PRESENCE_PENDING,
    /** a presence check was missed or failed; crediting stops until one is passed */
    PRESENCE_FAILED,
    /** today's creditable online time is used up */
    DAILY_CAP,
    /** the lesson's length is credited in full */
    LESSON_FULL,
    /** the course's total duration is credited in full */
    COURSE_FULL
}

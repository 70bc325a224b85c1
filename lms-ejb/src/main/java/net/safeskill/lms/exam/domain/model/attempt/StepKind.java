package net.safeskill.lms.exam.domain.model.attempt;

/** What one step of an attempt's log records. */
public enum StepKind {
    /** the candidate began; the deadline was fixed */
    STARTED,
    /** the same device came back (page reload, network back) */
    RESUMED,
    /** another device took the attempt over; the previous one can no longer write */
    TAKEN_OVER,
    /** an answer given or changed (the value is the whole answer to the item) */
    ANSWER,
    /** the candidate marked or unmarked an item for review */
    FLAG,
    /** the candidate moved to an item */
    NAVIGATE,
    /** handed in by the candidate, or by the server at the deadline */
    SUBMIT
}

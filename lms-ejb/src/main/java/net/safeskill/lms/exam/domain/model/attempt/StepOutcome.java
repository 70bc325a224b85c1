package net.safeskill.lms.exam.domain.model.attempt;

/**
 * What became of a step the page sent: written to the log, or already there / older than what the log has for the
 * same item (acknowledged without writing, so that the page stops resending it).
 */
public enum StepOutcome {
    RECORDED,
    ALREADY_RECORDED
}

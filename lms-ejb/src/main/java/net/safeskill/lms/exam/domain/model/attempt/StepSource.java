package net.safeskill.lms.exam.domain.model.attempt;

/** Who caused a step: the candidate's page or the server itself (deadline submission). */
public enum StepSource {
    CANDIDATE,
    SERVER
}

package net.safeskill.lms.bank.domain.model.paper;

/**
 * How often each question revision has already been put into papers (曝光次数, E3), e.g. counted from stored papers
 * when an exam session opens. The {@link PaperAssembler} starts from these counts and keeps counting the papers it
 * makes itself.
 */
@FunctionalInterface
public interface ExposureSource {

    /** No revision has been used yet. */
    ExposureSource NONE = revisionId -> 0;

    /** @return the number of papers that already hold this revision, never negative */
    int exposure(long revisionId);
}

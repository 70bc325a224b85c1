package net.safeskill.lms.exam.domain.model.session;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The question an exam session asks the study context before admitting a candidate: has this person met this
 * training requirement (as of the given day)? Empty when the person has no such obligation at all. Implemented by the
 * study context's application service, so either side can change without the other reading its tables.
 */
public interface TrainingRecords {

    Optional<TrainingStatus> statusOf(long personId, String requirementCode, LocalDate asOf);
}

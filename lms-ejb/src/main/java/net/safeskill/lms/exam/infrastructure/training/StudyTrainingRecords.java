package net.safeskill.lms.exam.infrastructure.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.safeskill.lms.exam.domain.model.session.TrainingRecords;
import net.safeskill.lms.exam.domain.model.session.TrainingStatus;
import net.safeskill.lms.study.application.ProgressService;

/**
 * The exam context's {@link TrainingRecords} answered by the study context's {@link ProgressService}: the same
 * progress (classroom + practical + min(online × weight, cap)) the worker and the enterprise see, so admission never
 * disagrees with 我的学习.
 */
@ApplicationScoped
public class StudyTrainingRecords implements TrainingRecords {

    @Inject
    private ProgressService progress;

    @Override
    public Optional<TrainingStatus> statusOf(long personId, String requirementCode, LocalDate asOf) {
        return progress.progressOf(personId, requirementCode, asOf).map(p -> new TrainingStatus(
                p.requirementCode(), BigDecimal.valueOf(p.countedHours()), p.requiredHours(), p.complete()));
    }
}

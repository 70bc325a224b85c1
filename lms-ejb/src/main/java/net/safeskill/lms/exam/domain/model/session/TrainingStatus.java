package net.safeskill.lms.exam.domain.model.session;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the study context says about one person and one training requirement (the exam context never reads the hours
 * ledger itself): credited hours as the requirement counts them, the hours required, and whether it is met.
 */
public record TrainingStatus(String requirementCode, BigDecimal creditedHours, BigDecimal requiredHours,
                             boolean met) {

    public TrainingStatus {
        Objects.requireNonNull(requirementCode, "requirementCode");
        Objects.requireNonNull(creditedHours, "creditedHours");
        Objects.requireNonNull(requiredHours, "requiredHours");
    }
}

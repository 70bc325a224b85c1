package net.safeskill.lms.bank.domain.model.grading;

import java.util.Objects;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * The grading settings of an exam (评分设置, E6): the rule for partly right multiple choice and, for
 * {@link GradingRule#PARTIAL_IF_NO_WRONG}, the share of the score it earns.
 *
 * @param multipleChoice the rule for multiple choice
 * @param partialPercent the share in percent (1–99) that {@link GradingRule#PARTIAL_IF_NO_WRONG} gives
 */
public record GradingPolicy(GradingRule multipleChoice, int partialPercent) {

    /** Strict: multiple choice all or nothing. */
    public static final GradingPolicy STRICT = new GradingPolicy(GradingRule.ALL_OR_NOTHING, 50);

    public GradingPolicy {
        Objects.requireNonNull(multipleChoice, "multipleChoice");
        if (partialPercent < 1 || partialPercent > 99) {
            throw new DomainException("bank.grading.partialPercent", 1, 99);
        }
    }
}

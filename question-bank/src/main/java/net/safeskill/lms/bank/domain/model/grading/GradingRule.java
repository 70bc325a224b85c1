package net.safeskill.lms.bank.domain.model.grading;

/**
 * How a multiple-choice answer that is partly right is scored (多选题评分规则, E6). Configured per exam; the default is
 * {@link #ALL_OR_NOTHING}, the rule of the national special-operations theory exams (少选、错选均不得分).
 */
public enum GradingRule {
    /** 全对才得分: the full score only for exactly the right options, otherwise nothing */
    ALL_OR_NOTHING,
    /**
     * 少选得部分分: the full score for exactly the right options; a configured share (e.g. half) when the candidate
     * chose some but not all right options and no wrong one; nothing when any wrong option is chosen
     */
    PARTIAL_IF_NO_WRONG,
    /**
     * 按选项计分: every right option chosen earns the score divided by the number of right options, every wrong option
     * chosen takes the same amount away, never below zero
     */
    PER_OPTION
}

package net.safeskill.lms.bank.domain.model.question;

/** The kinds of question the bank holds (题型, E1). */
public enum QuestionType {
    /** 单选题: options, exactly one right */
    SINGLE_CHOICE,
    /** 多选题: options, two or more right */
    MULTIPLE_CHOICE,
    /** 判断题: a statement that is right or wrong */
    TRUE_FALSE,
    /** 填空题: one or more blanks, each with its accepted answers */
    FILL_BLANK,
    /** 简答题: free text with a reference answer, graded by people */
    SHORT_ANSWER,
    /** 案例分析题: a material with ordered sub-questions of the other types */
    CASE_ANALYSIS;

    /** @return whether the candidate picks among options that can be shuffled */
    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}

package net.safeskill.lms.bank.domain.model.blueprint;

import net.safeskill.lms.bank.domain.model.question.QuestionType;

/**
 * What the bank can offer a blueprint (题库可用题目索引, E3): the current revisions of reviewed questions, looked up by
 * type, knowledge point and difficulty. A question tagged with several knowledge points is listed under each.
 * Implementations are read once per use (saving a blueprint, opening an exam session) and must not change while
 * used.
 */
public interface BankIndex {

    /** @return revision ids of reviewed questions of {@code type}, tagged with exactly {@code knowledgePoint}, at {@code difficulty} */
    long[] candidates(QuestionType type, String knowledgePoint, int difficulty);

    /** @return revision ids of all reviewed questions of {@code type} at {@code difficulty}, whatever their knowledge points */
    long[] candidates(QuestionType type, int difficulty);

    /** @return the number of options of a revision that can be shuffled (0 for types without options) */
    int optionCount(long revisionId);
}

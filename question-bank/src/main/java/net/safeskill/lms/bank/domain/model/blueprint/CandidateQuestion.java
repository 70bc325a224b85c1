package net.safeskill.lms.bank.domain.model.blueprint;

import java.util.Objects;
import java.util.Set;

import net.safeskill.lms.bank.domain.model.question.QuestionType;
import net.safeskill.lms.bank.domain.model.question.RevisionContent;

/**
 * What a blueprint needs to know of one reviewed question's current revision (E3): its id, type, knowledge points,
 * difficulty and number of options.
 */
public record CandidateQuestion(long revisionId, QuestionType type, Set<String> knowledgePoints, int difficulty,
        int optionCount) {

    public CandidateQuestion {
        Objects.requireNonNull(type, "type");
        knowledgePoints = Set.copyOf(knowledgePoints);
        RevisionContent.requireDifficulty(difficulty);
        if (optionCount < 0) {
            throw new IllegalArgumentException("optionCount " + optionCount);
        }
    }
}

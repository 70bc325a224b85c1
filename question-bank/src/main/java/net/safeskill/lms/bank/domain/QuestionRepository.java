package net.safeskill.lms.bank.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import net.safeskill.lms.bank.domain.model.blueprint.CandidateQuestion;
import net.safeskill.lms.bank.domain.model.question.Question;

/** Stored questions of the bank (E1); implemented in {@code infrastructure.persistence.jpa}. */
public interface QuestionRepository {

    void store(Question question);

    Optional<Question> find(long ownerId, String publicId);

    /** @return the normalised stems of the owner's questions, for duplicate detection on import (E2) */
    Set<String> normalisedStems(long ownerId);

    /** @return the current revisions of the owner's reviewed questions, for a blueprint (E3) */
    List<CandidateQuestion> reviewedCandidates(long ownerId);

    /** @return whether a published paper refers to this revision (then editing starts a new revision) */
    boolean isUsedByPaper(long revisionId);

    /** @return the owner's questions that meet the criteria, in the order they were created */
    List<Question> matching(long ownerId, QuestionCriteria criteria);

    /** @return whether any current revision of the owner's questions is tagged with this knowledge point code */
    boolean usesKnowledgePoint(long ownerId, String code);
}

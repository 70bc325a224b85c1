package net.safeskill.lms.bank.domain;

import java.util.List;
import java.util.Optional;

import net.safeskill.lms.bank.domain.model.knowledge.KnowledgePoint;

/** Stored knowledge point trees (E1), one per exam authority. */
public interface KnowledgePointRepository {

    void store(KnowledgePoint point);

    Optional<KnowledgePoint> find(long ownerId, String code);

    List<KnowledgePoint> tree(long ownerId);

    /** Removes a point that has no children (the caller checks that no question uses it). */
    void remove(KnowledgePoint point);
}

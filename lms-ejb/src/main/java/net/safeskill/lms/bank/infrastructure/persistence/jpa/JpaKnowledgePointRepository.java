package net.safeskill.lms.bank.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import net.safeskill.lms.bank.domain.KnowledgePointRepository;
import net.safeskill.lms.bank.domain.model.knowledge.KnowledgePoint;

@ApplicationScoped
public class JpaKnowledgePointRepository implements KnowledgePointRepository {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public void store(KnowledgePoint point) {
        if (point.id() == null) {
            em.persist(point);
        }
    }

    @Override
    public Optional<KnowledgePoint> find(long ownerId, String code) {
        return em.createQuery("select k from KnowledgePoint k where k.ownerId = :o and k.code = :c",
                        KnowledgePoint.class)
                .setParameter("o", ownerId).setParameter("c", code).getResultStream().findFirst();
    }

    @Override
    public List<KnowledgePoint> tree(long ownerId) {
        // one query for the points; their parents are then all in the persistence context
        return em.createQuery("select k from KnowledgePoint k where k.ownerId = :o order by k.depth, k.code",
                KnowledgePoint.class).setParameter("o", ownerId).getResultList();
    }

    @Override
    public void remove(KnowledgePoint point) {
        em.remove(point);
    }
}

package net.safeskill.lms.bank.infrastructure.persistence.jpa;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import net.safeskill.lms.bank.domain.PaperRepository;
import net.safeskill.lms.bank.domain.model.paper.Paper;

/** Papers; a paper has no owner column of its own, so exposure is scoped through its revisions' questions. */
@ApplicationScoped
public class JpaPaperRepository implements PaperRepository {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public void store(Paper paper) {
        if (paper.id() == null) {
            em.persist(paper);
        }
    }

    @Override
    public Optional<Paper> find(String publicId) {
        return em.createQuery("select p from Paper p where p.publicId = :p", Paper.class)
                .setParameter("p", publicId).getResultStream().findFirst();
    }

    @Override
    public Map<Long, Integer> exposureCounts(long ownerId) {
        Map<Long, Integer> counts = new HashMap<>();
        em.createQuery("""
                        select i.revisionId, count(p) from Paper p join p.items i
                        where i.revisionId in (select r.id from QuestionRevision r where r.question.ownerId = :o)
                        group by i.revisionId""", Object[].class)
                .setParameter("o", ownerId).getResultStream()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
        return counts;
    }
}

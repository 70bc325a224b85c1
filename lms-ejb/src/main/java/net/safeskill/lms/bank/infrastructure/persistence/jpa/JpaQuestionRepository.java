package net.safeskill.lms.bank.infrastructure.persistence.jpa;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import net.safeskill.lms.bank.domain.QuestionCriteria;
import net.safeskill.lms.bank.domain.QuestionRepository;
import net.safeskill.lms.bank.domain.model.blueprint.CandidateQuestion;
import net.safeskill.lms.bank.domain.model.question.Question;
import net.safeskill.lms.bank.domain.model.question.QuestionBody;
import net.safeskill.lms.bank.domain.model.question.QuestionRevision;
import net.safeskill.lms.bank.domain.model.question.QuestionStatus;

/**
 * Questions and their revisions. A question's current revision is its highest-numbered one; queries that filter on
 * revision fields join that revision only. Knowledge point codes are stored comma-separated on the revision, so a
 * code filter matches {@code ,code,} inside {@code ,codes,}.
 */
@ApplicationScoped
public class JpaQuestionRepository implements QuestionRepository {

    private static final String CURRENT = "r.number = (select max(r2.number) from QuestionRevision r2"
            + " where r2.question = q)";

    private static final int FETCH_CHUNK = 500;

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public void store(Question question) {
        if (question.id() == null) {
            em.persist(question);
        }
    }

    @Override
    public Optional<Question> find(long ownerId, String publicId) {
        return em.createQuery("select q from Question q where q.ownerId = :o and q.publicId = :p", Question.class)
                .setParameter("o", ownerId).setParameter("p", publicId).getResultStream().findFirst();
    }

    @Override
    public Set<String> normalisedStems(long ownerId) {
        return new HashSet<>(em.createQuery("select q.normalisedStem from Question q where q.ownerId = :o",
                String.class).setParameter("o", ownerId).getResultList());
    }

    @Override
    public List<CandidateQuestion> reviewedCandidates(long ownerId) {
        return em.createQuery("select r from Question q join q.revisions r where q.ownerId = :o and q.status = :s and "
                        + CURRENT, QuestionRevision.class)
                .setParameter("o", ownerId).setParameter("s", QuestionStatus.REVIEWED).getResultStream()
                .map(JpaQuestionRepository::candidate).toList();
    }

    private static CandidateQuestion candidate(QuestionRevision r) {
        QuestionBody body = r.body();
        return new CandidateQuestion(r.id(), r.type(), r.content().knowledgePoints(), r.difficulty(),
                body.options().size());
    }

    @Override
    public boolean isUsedByPaper(long revisionId) {
        return !em.createQuery("select 1 from Paper p join p.items i where i.revisionId = :r", Integer.class)
                .setParameter("r", revisionId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<Question> matching(long ownerId, QuestionCriteria c) {
        StringBuilder jpql = new StringBuilder("select q from Question q join q.revisions r where q.ownerId = :o and ")
                .append(CURRENT);
        if (c.industry() != null) {
            jpql.append(" and q.industry = :industry");
        }
        if (c.status() != null) {
            jpql.append(" and q.status = :status");
        }
        if (c.type() != null) {
            jpql.append(" and r.type = :type");
        }
        String text = c.normalisedText();
        if (text != null) {
            jpql.append(" and q.normalisedStem like :text escape '!'");
        }
        List<String> codes = c.knowledgePoints().stream().sorted().toList();
        if (!codes.isEmpty()) {
            jpql.append(" and (");
            for (int i = 0; i < codes.size(); i++) {
                jpql.append(i == 0 ? "" : " or ").append("concat(',', r.knowledgePoints, ',') like :kp").append(i).append(" escape '!'");
            }
            jpql.append(')');
        }
        jpql.append(" order by q.id");
        TypedQuery<Question> q = em.createQuery(jpql.toString(), Question.class).setParameter("o", ownerId);
        if (c.industry() != null) {
            q.setParameter("industry", c.industry());
        }
        if (c.status() != null) {
            q.setParameter("status", c.status());
        }
        if (c.type() != null) {
            q.setParameter("type", c.type());
        }
        if (text != null) {
            q.setParameter("text", "%" + escapeLike(text) + "%");
        }
        for (int i = 0; i < codes.size(); i++) {
            q.setParameter("kp" + i, "%," + escapeLike(codes.get(i)) + ",%");
        }
        List<Question> found = q.setFirstResult(c.first()).setMaxResults(c.max()).getResultList();
        fetchRevisions(found);
        return found;
    }

    /** Loads the revisions of many questions in a few queries instead of one per question. */
    private void fetchRevisions(List<Question> found) {
        for (int from = 0; from < found.size(); from += FETCH_CHUNK) {
            List<Long> ids = found.subList(from, Math.min(found.size(), from + FETCH_CHUNK)).stream()
                    .map(Question::id).toList();
            em.createQuery("select distinct q from Question q join fetch q.revisions where q.id in :ids",
                    Question.class).setParameter("ids", ids).getResultList();
        }
    }

    @Override
    public boolean usesKnowledgePoint(long ownerId, String code) {
        return !em.createQuery("select 1 from Question q join q.revisions r where q.ownerId = :o and "
                        + "concat(',', r.knowledgePoints, ',') like :kp escape '!' and " + CURRENT, Integer.class)
                .setParameter("o", ownerId).setParameter("kp", "%," + escapeLike(code) + ",%")
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Escapes the LIKE wildcards with {@code !} (codes may contain {@code _}). */
    static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}

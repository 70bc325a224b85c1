package net.safeskill.lms.exam.infrastructure.persistence.jpa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import net.safeskill.lms.exam.domain.ExamRepository;
import net.safeskill.lms.exam.domain.model.attempt.Attempt;
import net.safeskill.lms.exam.domain.model.attempt.AttemptStatus;
import net.safeskill.lms.exam.domain.model.session.ExamSession;
import net.safeskill.lms.exam.domain.model.session.Registration;

@ApplicationScoped
public class JpaExamRepository implements ExamRepository {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public void store(ExamSession session) {
        em.persist(session);
    }

    @Override
    public Optional<ExamSession> session(String publicId) {
        return em.createQuery("select s from ExamSession s where s.publicId = :p", ExamSession.class)
                .setParameter("p", publicId).getResultStream().findFirst();
    }

    @Override
    public void store(Registration registration) {
        em.persist(registration);
    }

    @Override
    public void store(Attempt attempt) {
        em.persist(attempt);
    }

    @Override
    public Optional<Attempt> attempt(long id) {
        return Optional.ofNullable(em.find(Attempt.class, id));
    }

    @Override
    public Optional<Attempt> attempt(String publicId) {
        return em.createQuery("select a from Attempt a where a.publicId = :p", Attempt.class)
                .setParameter("p", publicId).getResultStream().findFirst();
    }

    @Override
    public List<Long> dueAttempts(Instant now, int max) {
        return em.createQuery("select a.id from Attempt a where a.status = :s and a.deadline <= :now "
                        + "order by a.deadline", Long.class)
                .setParameter("s", AttemptStatus.STARTED).setParameter("now", now).setMaxResults(max)
                .getResultList();
    }
}

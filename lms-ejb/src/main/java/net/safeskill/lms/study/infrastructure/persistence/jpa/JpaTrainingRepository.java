package net.safeskill.lms.study.infrastructure.persistence.jpa;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import net.safeskill.lms.shared.domain.model.TrainingType;
import net.safeskill.lms.study.domain.TrainingRepository;
import net.safeskill.lms.study.domain.model.ledger.StudyMode;
import net.safeskill.lms.study.domain.model.trainingclass.ClassSession;
import net.safeskill.lms.study.domain.model.trainingclass.TrainingClass;

@ApplicationScoped
public class JpaTrainingRepository implements TrainingRepository {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public Optional<TrainingClass> trainingClass(String publicId) {
        return em.createQuery("select c from TrainingClass c where c.publicId = :p", TrainingClass.class)
                .setParameter("p", publicId == null ? "" : publicId).getResultStream().findFirst();
    }

    @Override
    public List<TrainingClass> classesOf(long institutionId) {
        return em.createQuery("select c from TrainingClass c where c.institutionId = :i "
                + "order by c.startDate desc, c.id desc", TrainingClass.class)
                .setParameter("i", institutionId).getResultList();
    }

    @Override
    public void store(TrainingClass trainingClass) {
        if (trainingClass.id() == null) {
            em.persist(trainingClass);
        }
    }

    @Override
    public Optional<ClassSession> session(String publicId) {
        return em.createQuery("select s from ClassSession s join fetch s.trainingClass where s.publicId = :p",
                ClassSession.class).setParameter("p", publicId == null ? "" : publicId).getResultStream().findFirst();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public long countClasses() {
        return em.createQuery("select count(c) from TrainingClass c", Long.class).getSingleResult();
    }

    @Override
    public List<ObligationTime> obligationTimes(Long organisationId, Long personId) {
        String scope = organisationId != null ? "o.organisationId = :scope" : "o.personId = :scope";
        TypedQuery<Object[]> q = em.createQuery("""
                select o.id, p.mode, p.courseId, c.trainingType, sum(p.creditedMs)
                from TrainingObligation o
                  join CreditedPeriod p on p.personId = o.personId and p.startedAt >= o.windowStartAt
                  left join ClassSession s on s.id = p.classSessionId
                  left join s.trainingClass c
                where %s
                group by o.id, p.mode, p.courseId, c.trainingType""".formatted(scope), Object[].class)
                .setParameter("scope", organisationId != null ? organisationId : personId);
        return q.getResultList().stream().map(r -> new ObligationTime(((Number) r[0]).longValue(), (StudyMode) r[1],
                (Long) r[2], (TrainingType) r[3], Duration.ofMillis(((Number) r[4]).longValue()))).toList();
    }

    @Override
    public List<AttendedSession> attendedSessions(long personId, int max) {
        return em.createQuery("""
                select c.title, c.trainingType, s.date, p.mode, p.creditedMs
                from CreditedPeriod p join ClassSession s on s.id = p.classSessionId join s.trainingClass c
                where p.personId = :person
                order by s.date desc, s.startTime desc""", Object[].class)
                .setParameter("person", personId).setMaxResults(max).getResultList().stream()
                .map(r -> new AttendedSession((String) r[0], (TrainingType) r[1], (LocalDate) r[2], (StudyMode) r[3],
                        Duration.ofMillis(((Number) r[4]).longValue()))).toList();
    }
}

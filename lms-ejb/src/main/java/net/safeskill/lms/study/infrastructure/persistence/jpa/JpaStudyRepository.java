package net.safeskill.lms.study.infrastructure.persistence.jpa;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import net.safeskill.lms.study.domain.StudyRepository;
import net.safeskill.lms.study.domain.model.enrolment.Enrolment;
import net.safeskill.lms.study.domain.model.scorm.ScormAttempt;
import net.safeskill.lms.study.domain.model.ledger.CreditedPeriod;
import net.safeskill.lms.study.domain.model.ledger.StudyMode;
import net.safeskill.lms.study.domain.model.profile.StudyProfile;
import net.safeskill.lms.study.domain.model.requirement.LedgerSums;
import net.safeskill.lms.study.domain.model.requirement.TrainingObligation;
import net.safeskill.lms.study.domain.model.requirement.TrainingRequirement;
import net.safeskill.lms.study.domain.model.session.CreditedSoFar;
import net.safeskill.lms.study.domain.model.session.PresenceCheckRecord;
import net.safeskill.lms.study.domain.model.session.SessionStatus;
import net.safeskill.lms.study.domain.model.session.StudySession;

@ApplicationScoped
public class JpaStudyRepository implements StudyRepository {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public Optional<StudySession> session(String publicId) {
        return em.createQuery("select s from StudySession s where s.publicId = :p", StudySession.class)
                .setParameter("p", publicId).getResultStream().findFirst();
    }

    @Override
    public Optional<StudySession> activeSession(long personId) {
        return em.createQuery("select s from StudySession s where s.activePersonId = :p and s.status = :a",
                        StudySession.class)
                .setParameter("p", personId).setParameter("a", SessionStatus.ACTIVE).getResultStream().findFirst();
    }

    @Override
    public void store(StudySession session) {
        if (session.id() == null) {
            em.persist(session);
        }
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void append(CreditedPeriod period) {
        em.persist(period);
    }

    @Override
    public void append(PresenceCheckRecord record) {
        em.persist(record);
    }

    @Override
    public CreditedSoFar creditedSoFar(long personId, long courseId, long lessonId, Instant dayStart) {
        Object[] row = em.createQuery("""
                        select coalesce(sum(case when p.startedAt >= :day then p.creditedMs else 0 end), 0),
                               coalesce(sum(case when p.lessonId = :lesson then p.creditedMs else 0 end), 0),
                               coalesce(sum(case when p.courseId = :course then p.creditedMs else 0 end), 0),
                               coalesce(max(case when p.lessonId = :lesson then p.positionTo else null end), 0)
                        from CreditedPeriod p
                        where p.personId = :person and p.mode = :online
                          and (p.startedAt >= :day or p.courseId = :course)""", Object[].class)
                .setParameter("day", dayStart).setParameter("lesson", lessonId).setParameter("course", courseId)
                .setParameter("person", personId).setParameter("online", StudyMode.ONLINE).getSingleResult();
        return new CreditedSoFar(Duration.ofMillis(((Number) row[0]).longValue()),
                Duration.ofMillis(((Number) row[1]).longValue()), Duration.ofMillis(((Number) row[2]).longValue()),
                ((Number) row[3]).doubleValue());
    }

    @Override
    public Map<Long, Duration> onlineByCourse(long personId) {
        Map<Long, Duration> byCourse = new HashMap<>();
        em.createQuery("""
                        select p.courseId, sum(p.creditedMs) from CreditedPeriod p
                        where p.personId = :person and p.mode = :online group by p.courseId""", Object[].class)
                .setParameter("person", personId).setParameter("online", StudyMode.ONLINE).getResultList()
                .forEach(r -> byCourse.put((Long) r[0], Duration.ofMillis(((Number) r[1]).longValue())));
        return byCourse;
    }

    @Override
    public Map<Long, Duration> onlineByLesson(long personId, long courseId) {
        Map<Long, Duration> byLesson = new HashMap<>();
        em.createQuery("""
                        select p.lessonId, sum(p.creditedMs) from CreditedPeriod p
                        where p.personId = :person and p.courseId = :course and p.mode = :online
                        group by p.lessonId""", Object[].class)
                .setParameter("person", personId).setParameter("course", courseId)
                .setParameter("online", StudyMode.ONLINE).getResultList()
                .forEach(r -> byLesson.put((Long) r[0], Duration.ofMillis(((Number) r[1]).longValue())));
        return byLesson;
    }

    @Override
    public Optional<ScormAttempt> scormAttempt(long personId, long lessonId) {
        return em.createQuery("select a from ScormAttempt a where a.personId = :p and a.lessonId = :l",
                        ScormAttempt.class)
                .setParameter("p", personId).setParameter("l", lessonId).getResultStream().findFirst();
    }

    @Override
    public void store(ScormAttempt attempt) {
        em.persist(attempt);
    }

    @Override
    public LedgerSums sums(long personId, Instant from, Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return LedgerSums.none();
        }
        List<Object[]> rows = em.createQuery("""
                        select p.mode, coalesce(sum(p.creditedMs), 0) from CreditedPeriod p
                        where p.personId = :person and p.startedAt >= :from and p.courseId in :courses
                        group by p.mode""", Object[].class)
                .setParameter("person", personId).setParameter("from", from).setParameter("courses", courseIds)
                .getResultList();
        Duration online = Duration.ZERO;
        Duration classroom = Duration.ZERO;
        Duration practical = Duration.ZERO;
        for (Object[] r : rows) {
            Duration d = Duration.ofMillis(((Number) r[1]).longValue());
            switch ((StudyMode) r[0]) {
                case ONLINE -> online = d;
                case CLASSROOM -> classroom = d;
                case PRACTICAL -> practical = d;
            }
        }
        return new LedgerSums(online, classroom, practical);
    }

    @Override
    public List<CreditedPeriod> ledger(long personId, int max) {
        return em.createQuery("select p from CreditedPeriod p where p.personId = :p order by p.startedAt desc",
                CreditedPeriod.class).setParameter("p", personId).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<Enrolment> enrolment(long personId, long courseId) {
        return em.createQuery("select e from Enrolment e where e.personId = :p and e.courseId = :c", Enrolment.class)
                .setParameter("p", personId).setParameter("c", courseId).getResultStream().findFirst();
    }

    @Override
    public List<Enrolment> enrolments(long personId) {
        return em.createQuery("select e from Enrolment e where e.personId = :p order by e.enrolledAt desc",
                Enrolment.class).setParameter("p", personId).getResultList();
    }

    @Override
    public void store(Enrolment enrolment) {
        if (enrolment.id() == null) {
            em.persist(enrolment);
        }
    }

    @Override
    public void remove(Enrolment enrolment) {
        em.remove(enrolment);
    }

    @Override
    public Optional<StudyProfile> profile(String region) {
        return Optional.ofNullable(em.find(StudyProfile.class, region));
    }

    @Override
    public void store(StudyProfile profile) {
        if (em.find(StudyProfile.class, profile.region()) == null) {
            em.persist(profile);
        }
    }

    @Override
    public List<TrainingRequirement> requirements(String region) {
        return em.createQuery("select r from TrainingRequirement r where r.region = :r order by r.code",
                TrainingRequirement.class).setParameter("r", region).getResultList();
    }

    @Override
    public Optional<TrainingRequirement> requirement(String publicId) {
        return em.createQuery("select r from TrainingRequirement r where r.publicId = :p", TrainingRequirement.class)
                .setParameter("p", publicId).getResultStream().findFirst();
    }

    @Override
    public void store(TrainingRequirement requirement) {
        if (requirement.id() == null) {
            em.persist(requirement);
        }
    }

    @Override
    public List<TrainingObligation> obligationsOf(long personId) {
        return em.createQuery("select o from TrainingObligation o join fetch o.requirement where o.personId = :p "
                + "order by o.dueDate", TrainingObligation.class).setParameter("p", personId).getResultList();
    }

    @Override
    public List<TrainingObligation> obligationsAt(long organisationId) {
        return em.createQuery("select o from TrainingObligation o join fetch o.requirement "
                + "where o.organisationId = :o order by o.dueDate", TrainingObligation.class)
                .setParameter("o", organisationId).getResultList();
    }

    @Override
    public void store(TrainingObligation obligation) {
        if (obligation.id() == null) {
            em.persist(obligation);
        }
    }
}

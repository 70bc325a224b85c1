package net.safeskill.lms.study.infrastructure.persistence.jpa;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import net.safeskill.lms.study.domain.EnrolmentFacts;

@ApplicationScoped
public class JpaEnrolmentFacts implements EnrolmentFacts {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public boolean isEnrolled(long personId, String lineageId) {
        return em.createQuery("select count(e) from Enrolment e, Course c where e.courseId = c.id "
                        + "and e.personId = :p and c.lineageId = :l", Long.class)
                .setParameter("p", personId).setParameter("l", lineageId).getSingleResult() > 0;
    }

    @Override
    public long learners(String lineageId) {
        return em.createQuery("select count(distinct e.personId) from Enrolment e, Course c where e.courseId = c.id "
                        + "and c.lineageId = :l", Long.class)
                .setParameter("l", lineageId).getSingleResult();
    }

    @Override
    public Map<String, Long> learnersByLineage() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select c.lineageId, count(distinct e.personId) from Enrolment e, Course c "
                        + "where e.courseId = c.id group by c.lineageId", Object[].class)
                .getResultList().forEach(r -> counts.put((String) r[0], (Long) r[1]));
        return counts;
    }
}

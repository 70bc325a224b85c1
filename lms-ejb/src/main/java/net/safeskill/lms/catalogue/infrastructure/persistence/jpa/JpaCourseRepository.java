package net.safeskill.lms.catalogue.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import net.safeskill.lms.catalogue.domain.CourseRepository;
import net.safeskill.lms.catalogue.domain.model.course.Course;
import net.safeskill.lms.catalogue.domain.model.course.CourseStatus;
import net.safeskill.lms.catalogue.domain.model.course.Lesson;

@ApplicationScoped
public class JpaCourseRepository implements CourseRepository {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public Optional<Course> course(String publicId) {
        return em.createQuery("select c from Course c where c.publicId = :p", Course.class)
                .setParameter("p", publicId).getResultStream().findFirst();
    }

    @Override
    public Optional<Course> course(long id) {
        return Optional.ofNullable(em.find(Course.class, id));
    }

    @Override
    public Optional<Lesson> lesson(String publicId) {
        return em.createQuery("select l from Lesson l join fetch l.course where l.publicId = :p", Lesson.class)
                .setParameter("p", publicId).getResultStream().findFirst();
    }

    @Override
    public List<Course> coursesOf(long institutionId) {
        return em.createQuery("select c from Course c where c.institutionId = :i order by c.updatedAt desc", Course.class)
                .setParameter("i", institutionId).getResultList();
    }

    @Override
    public List<Course> inReview() {
        return em.createQuery("select c from Course c where c.status = :s order by c.submittedAt", Course.class)
                .setParameter("s", CourseStatus.IN_REVIEW).getResultList();
    }

    @Override
    public Optional<Course> listedVersion(String lineageId) {
        return em.createQuery("select c from Course c where c.lineageId = :l and c.status = :s", Course.class)
                .setParameter("l", lineageId).setParameter("s", CourseStatus.LISTED).getResultStream().findFirst();
    }

    @Override
    public void store(Course course) {
        if (course.id() == null) {
            em.persist(course);
        }
    }

    @Override
    public List<Course> listed(int max) {
        return em.createQuery("select c from Course c where c.status = :s order by c.title", Course.class)
                .setParameter("s", CourseStatus.LISTED).setMaxResults(max).getResultList();
    }
}

package net.safeskill.lms.catalogue.infrastructure.persistence.jpa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import net.safeskill.lms.catalogue.domain.RatingRepository;
import net.safeskill.lms.catalogue.domain.model.rating.CoursePopularity;
import net.safeskill.lms.catalogue.domain.model.rating.CourseRating;

@ApplicationScoped
public class JpaRatingRepository implements RatingRepository {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public Optional<CourseRating> rating(String lineageId, long personId) {
        return em.createQuery("select r from CourseRating r where r.lineageId = :l and r.personId = :p",
                        CourseRating.class)
                .setParameter("l", lineageId).setParameter("p", personId).getResultStream().findFirst();
    }

    @Override
    public void store(CourseRating rating) {
        if (rating.id() == null) {
            em.persist(rating);
        }
    }

    @Override
    public long[] ratingTotals(String lineageId) {
        Object[] row = em.createQuery("select count(r), coalesce(sum(r.stars), 0) from CourseRating r "
                + "where r.lineageId = :l", Object[].class).setParameter("l", lineageId).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    @Override
    public List<Object[]> ratingTotalsByLineage() {
        return em.createQuery("select r.lineageId, count(r), sum(r.stars) from CourseRating r group by r.lineageId",
                Object[].class).getResultList();
    }

    @Override
    public List<CourseRating> latestComments(String lineageId, int max) {
        return em.createQuery("select r from CourseRating r where r.lineageId = :l and r.comment is not null "
                        + "order by r.updatedAt desc", CourseRating.class)
                .setParameter("l", lineageId).setMaxResults(max).getResultList();
    }

    @Override
    public CoursePopularity popularity(String lineageId) {
        return existingPopularity(lineageId).orElseGet(() -> {
            CoursePopularity p = new CoursePopularity(lineageId, Instant.now());
            em.persist(p);
            return p;
        });
    }

    @Override
    public Optional<CoursePopularity> existingPopularity(String lineageId) {
        return Optional.ofNullable(em.find(CoursePopularity.class, lineageId));
    }

    @Override
    public List<String> lineagesWithPopularity() {
        return em.createQuery("select p.lineageId from CoursePopularity p", String.class).getResultList();
    }
}

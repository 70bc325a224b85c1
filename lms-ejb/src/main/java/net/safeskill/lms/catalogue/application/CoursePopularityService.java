package net.safeskill.lms.catalogue.application;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;

import net.safeskill.lms.catalogue.domain.CourseRepository;
import net.safeskill.lms.catalogue.domain.RatingRepository;
import net.safeskill.lms.study.application.EnrolmentChanged;
import net.safeskill.lms.study.domain.EnrolmentFacts;

/**
 * Keeps the popularity counts of course lineages (learners, ratings) equal to their sources and the catalogue index
 * in step with them: a changed enrolment or rating recounts its lineage and reindexes the listed version, in the
 * same transaction. Internal: called by other services and by CDI events, never by a page.
 */
@Stateless
@PermitAll
public class CoursePopularityService {

    @Inject
    private CourseRepository courses;

    @Inject
    private RatingRepository ratings;

    @Inject
    private EnrolmentFacts enrolments;

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    /** A course entered or left somebody's plan. */
    public void enrolmentChanged(@Observes EnrolmentChanged event) {
        courses.course(event.courseId()).ifPresent(course -> {
            ratings.popularity(course.lineageId()).learnersCounted(enrolments.learners(course.lineageId()),
                    Instant.now());
            reindex(course.lineageId());
        });
    }

    /** Somebody rated a course of the lineage. */
    public void ratingsChanged(String lineageId) {
        long[] totals = ratings.ratingTotals(lineageId);
        ratings.popularity(lineageId).ratingsCounted(totals[0], totals[1], Instant.now());
        reindex(lineageId);
    }

    /** Recounts every lineage from enrolments and ratings (before the index is rebuilt); returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int recountAll() {
        Instant now = Instant.now();
        Map<String, Long> learners = enrolments.learnersByLineage();
        Set<String> lineages = new HashSet<>(learners.keySet());
        lineages.addAll(ratings.lineagesWithPopularity());
        Map<String, long[]> totals = new java.util.HashMap<>();
        for (Object[] row : ratings.ratingTotalsByLineage()) {
            totals.put((String) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
            lineages.add((String) row[0]);
        }
        for (String lineage : lineages) {
            var popularity = ratings.popularity(lineage);
            popularity.learnersCounted(learners.getOrDefault(lineage, 0L), now);
            long[] t = totals.getOrDefault(lineage, new long[] {0, 0});
            popularity.ratingsCounted(t[0], t[1], now);
        }
        return lineages.size();
    }

    private void reindex(String lineageId) {
        courses.listedVersion(lineageId).ifPresent(c -> Search.session(em).indexingPlan().addOrUpdate(c));
    }
}

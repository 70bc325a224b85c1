package net.safeskill.lms.catalogue.domain;

import java.util.List;
import java.util.Optional;

import net.safeskill.lms.catalogue.domain.model.rating.CoursePopularity;
import net.safeskill.lms.catalogue.domain.model.rating.CourseRating;

/** Ratings and the popularity counts of course lineages. Implemented with JPA in lms-ejb. */
public interface RatingRepository {

    Optional<CourseRating> rating(String lineageId, long personId);

    void store(CourseRating rating);

    /** How many ratings a lineage has and the sum of their stars, counted now: {count, sum}. */
    long[] ratingTotals(String lineageId);

    /** {lineageId, count, sum of stars} of every lineage with ratings, in one query. */
    List<Object[]> ratingTotalsByLineage();

    /** The newest ratings with a comment. */
    List<CourseRating> latestComments(String lineageId, int max);

    /** The lineage's popularity row, created (empty) if it has none yet. */
    CoursePopularity popularity(String lineageId);

    Optional<CoursePopularity> existingPopularity(String lineageId);

    List<String> lineagesWithPopularity();
}

package net.safeskill.lms.catalogue.application;

import java.time.Instant;
import java.util.List;

/** What pages get to see of a course's ratings. */
public final class RatingViews {

    private RatingViews() {
    }

    /**
     * A course's ratings as the caller sees them.
     *
     * @param average   average stars to one decimal, 0 when nobody rated
     * @param canRate   whether the caller may rate (enrolled in any version of the course)
     * @param myStars   the caller's stars, 0 when not rated yet
     */
    public record Summary(String coursePublicId, double average, long count, long learners, boolean canRate,
                          int myStars, String myComment, List<Review> reviews) {
    }

    /** A rating with a comment; reviewers stay anonymous. */
    public record Review(int stars, String comment, Instant at) {
    }
}

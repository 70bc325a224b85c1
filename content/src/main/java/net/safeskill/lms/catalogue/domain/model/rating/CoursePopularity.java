package net.safeskill.lms.catalogue.domain.model.rating;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * How popular a course lineage is (课程热度): learners (people with the course in their plan, any version) and its
 * ratings' count and sum. Never typed in: it is recounted from enrolments and ratings whenever they change, and the
 * catalogue index sorts by it ("most studied", "rating"). Last writer wins: each write is a full recount.
 */
@Entity
@Table(name = "course_popularity")
public class CoursePopularity {

    @Id
    @Column(name = "lineage_id", nullable = false, updatable = false, length = 36)
    private String lineageId;

    @Column(name = "learners", nullable = false)
    private long learners;

    @Column(name = "rating_count", nullable = false)
    private long ratingCount;

    @Column(name = "rating_sum", nullable = false)
    private long ratingSum;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CoursePopularity() {
        // for JPA
    }

    public CoursePopularity(String lineageId, Instant now) {
        this.lineageId = Objects.requireNonNull(lineageId, "lineageId");
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /** The recounted number of learners. */
    public void learnersCounted(long count, Instant now) {
        if (count < 0) {
            throw new DomainException("popularity.count");
        }
        this.learners = count;
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /** The recounted ratings: how many, and the sum of their stars. */
    public void ratingsCounted(long count, long starSum, Instant now) {
        if (count < 0 || starSum < count * CourseRating.MIN_STARS || starSum > count * CourseRating.MAX_STARS) {
            throw new DomainException("popularity.count");
        }
        this.ratingCount = count;
        this.ratingSum = starSum;
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /** Average stars rounded to one decimal, 0 when nobody rated yet. */
    public double averageRating() {
        return averageOf(ratingCount, ratingSum);
    }

    /** Average stars of {@code count} ratings summing to {@code sum}, to one decimal; 0 for none. */
    public static double averageOf(long count, long sum) {
        return count == 0 ? 0.0 : Math.round(sum * 10.0 / count) / 10.0;
    }

    public String lineageId() {
        return lineageId;
    }

    public long learners() {
        return learners;
    }

    public long ratingCount() {
        return ratingCount;
    }

    public long ratingSum() {
        return ratingSum;
    }
}

package net.safeskill.lms.catalogue.domain.model.rating;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * A learner's rating of a course (课程评价, B2): one per person and course lineage (so it survives new versions),
 * one to five stars and an optional comment. Rating again changes it. Whether the person may rate (only someone
 * enrolled in the course) is asked of the study context by the service.
 */
@Entity
@Table(name = "course_rating")
public class CourseRating {

    public static final int MIN_STARS = 1;
    public static final int MAX_STARS = 5;
    public static final int MAX_COMMENT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lineage_id", nullable = false, updatable = false, length = 36)
    private String lineageId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "stars", nullable = false)
    private int stars;

    @Column(name = "comment", length = MAX_COMMENT)
    private String comment;

    @Column(name = "rated_at", nullable = false, updatable = false)
    private Instant ratedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CourseRating() {
        // for JPA
    }

    public CourseRating(String lineageId, long personId, int stars, String comment, Instant now) {
        this.lineageId = Objects.requireNonNull(lineageId, "lineageId");
        this.personId = personId;
        this.ratedAt = Objects.requireNonNull(now, "now");
        change(stars, comment, now);
    }

    /** The person rates again: new stars and comment (a blank comment removes it). */
    public void change(int newStars, String newComment, Instant now) {
        if (newStars < MIN_STARS || newStars > MAX_STARS) {
            throw new DomainException("rating.stars", MIN_STARS, MAX_STARS);
        }
        String text = newComment == null || newComment.isBlank() ? null : newComment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw new DomainException("rating.comment", MAX_COMMENT);
        }
        this.stars = newStars;
        this.comment = text;
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    public Long id() {
        return id;
    }

    public String lineageId() {
        return lineageId;
    }

    public long personId() {
        return personId;
    }

    public int stars() {
        return stars;
    }

    public String comment() {
        return comment;
    }

    public Instant ratedAt() {
        return ratedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

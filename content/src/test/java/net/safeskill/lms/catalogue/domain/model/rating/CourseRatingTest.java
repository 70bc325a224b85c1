package net.safeskill.lms.catalogue.domain.model.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.safeskill.lms.shared.domain.DomainException;

class CourseRatingTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void oneToFiveStars(int stars) {
        assertEquals(stars, new CourseRating("lineage", 1, stars, null, NOW).stars());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, Integer.MAX_VALUE})
    void nothingElse(int stars) {
        DomainException e = assertThrows(DomainException.class, () -> new CourseRating("lineage", 1, stars, null, NOW));
        assertEquals("rating.stars", e.code());
    }

    @Test
    void anOptionalCommentOfAtMost500Characters() {
        assertNull(new CourseRating("l", 1, 4, "   ", NOW).comment());
        assertEquals("讲得很清楚", new CourseRating("l", 1, 4, " 讲得很清楚 ", NOW).comment());
        assertEquals(500, new CourseRating("l", 1, 4, "好".repeat(500), NOW).comment().length());
        assertEquals("rating.comment", assertThrows(DomainException.class,
                () -> new CourseRating("l", 1, 4, "好".repeat(501), NOW)).code());
    }

    @Test
    void ratingAgainChangesIt() {
        CourseRating r = new CourseRating("l", 1, 2, "一般", NOW);
        Instant later = NOW.plusSeconds(60);
        r.change(5, null, later);
        assertEquals(5, r.stars());
        assertNull(r.comment());
        assertEquals(later, r.updatedAt());
        assertEquals(NOW, r.ratedAt());
        assertThrows(DomainException.class, () -> r.change(9, null, later));
        assertEquals(5, r.stars(), "a refused change changes nothing");
    }

    @Test
    void popularityIsRecountedNeverInvented() {
        CoursePopularity p = new CoursePopularity("l", NOW);
        assertEquals(0.0, p.averageRating());
        p.learnersCounted(12, NOW);
        p.ratingsCounted(3, 13, NOW);
        assertEquals(12, p.learners());
        assertEquals(4.3, p.averageRating());
        assertThrows(DomainException.class, () -> p.learnersCounted(-1, NOW));
        assertThrows(DomainException.class, () -> p.ratingsCounted(2, 11, NOW), "more than 5 stars each");
        assertThrows(DomainException.class, () -> p.ratingsCounted(2, 1, NOW), "less than 1 star each");
        assertEquals(3, p.ratingCount(), "a refused recount changes nothing");
        assertEquals(2.5, CoursePopularity.averageOf(2, 5));
    }
}

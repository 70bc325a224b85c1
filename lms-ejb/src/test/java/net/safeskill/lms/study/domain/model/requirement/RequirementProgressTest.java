package net.safeskill.lms.study.domain.model.requirement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Rule 10: progress is classroom + practical + the online part that counts. */
class RequirementProgressTest {

    private static final Duration REQUIRED = Duration.ofHours(72);
    private static final OnlineCreditRule HALF = new OnlineCreditRule(BigDecimal.ONE, new BigDecimal("0.5"));

    private static LedgerSums sums(Duration online, Duration classroom, Duration practical) {
        return new LedgerSums(online, classroom, practical);
    }

    @Test
    void countedIsClassroomPlusPracticalPlusCountedOnline() {
        RequirementProgress p = RequirementProgress.of(REQUIRED, HALF,
                sums(Duration.ofHours(50), Duration.ofHours(20), Duration.ofHours(10)));
        assertEquals(Duration.ofHours(50), p.onlineStudied());
        assertEquals(Duration.ofHours(36), p.onlineCounted());
        assertEquals(Duration.ofHours(20), p.classroom());
        assertEquals(Duration.ofHours(10), p.practical());
        assertEquals(Duration.ofHours(66), p.counted());
        assertEquals(REQUIRED, p.required());
        assertFalse(p.complete());
        assertEquals(91, p.percent()); // 66 / 72 = 91.67 %
        assertEquals(Duration.ofHours(6), p.remaining());
    }

    @Test
    void onlineBeyondTheCapCannotCompleteARequirement() {
        RequirementProgress p = RequirementProgress.of(REQUIRED, HALF, sums(Duration.ofHours(500), Duration.ZERO,
                Duration.ZERO));
        assertEquals(Duration.ofHours(36), p.counted());
        assertFalse(p.complete());
        assertEquals(50, p.percent());
        assertEquals(Duration.ofHours(36), p.remaining());
    }

    @Test
    void reachingTheRequiredTotalCompletes() {
        RequirementProgress p = RequirementProgress.of(REQUIRED, HALF,
                sums(Duration.ofHours(36), Duration.ofHours(30), Duration.ofHours(6)));
        assertTrue(p.complete());
        assertEquals(100, p.percent());
        assertEquals(Duration.ZERO, p.remaining());
    }

    @Test
    void exceedingTheRequiredTotalCompletesAt100Percent() {
        RequirementProgress p = RequirementProgress.of(REQUIRED, HALF,
                sums(Duration.ofHours(36), Duration.ofHours(60), Duration.ofHours(6)));
        assertTrue(p.complete());
        assertEquals(100, p.percent());
        assertEquals(Duration.ZERO, p.remaining());
    }

    @Test
    void ninetyNinePointNinePercentIsNinetyNineAndNotComplete() {
        Duration required = Duration.ofHours(10);
        Duration counted = Duration.ofMinutes(599).plusSeconds(24); // 99.9 %
        RequirementProgress p = RequirementProgress.of(required, HALF, sums(Duration.ZERO, counted, Duration.ZERO));
        assertEquals(99, p.percent());
        assertFalse(p.complete());
        assertEquals(Duration.ofSeconds(36), p.remaining());

        RequirementProgress oneMsShort = RequirementProgress.of(required, HALF,
                sums(Duration.ZERO, required.minusMillis(1), Duration.ZERO));
        assertEquals(99, oneMsShort.percent());
        assertFalse(oneMsShort.complete());
        assertEquals(Duration.ofMillis(1), oneMsShort.remaining());
    }

    @Test
    void weightedOnlineCounts() {
        OnlineCreditRule half = new OnlineCreditRule(new BigDecimal("0.5"), new BigDecimal("0.5"));
        RequirementProgress p = RequirementProgress.of(REQUIRED, half, sums(Duration.ofHours(40), Duration.ZERO,
                Duration.ZERO));
        assertEquals(Duration.ofHours(20), p.onlineCounted());
        assertEquals(Duration.ofHours(20), p.counted());
        assertEquals(27, p.percent()); // 27.78 %
        assertEquals(Duration.ofHours(52), p.remaining());
    }

    @Test
    void nothingYet() {
        RequirementProgress p = RequirementProgress.of(REQUIRED, HALF, LedgerSums.none());
        assertEquals(0, p.percent());
        assertFalse(p.complete());
        assertEquals(REQUIRED, p.remaining());
        assertEquals(Duration.ZERO, p.counted());
    }

    @Test
    void aZeroRequirementIsComplete() {
        RequirementProgress p = RequirementProgress.of(Duration.ZERO, HALF, LedgerSums.none());
        assertTrue(p.complete());
        assertEquals(100, p.percent());
        assertEquals(Duration.ZERO, p.remaining());
        RequirementProgress some = RequirementProgress.of(Duration.ZERO, HALF,
                sums(Duration.ofHours(3), Duration.ofHours(1), Duration.ZERO));
        assertEquals(Duration.ZERO, some.onlineCounted());
        assertEquals(100, some.percent());
        assertEquals(Duration.ZERO, some.remaining());
    }

    @Test
    void ledgerSumsRefuseNulls() {
        assertThrows(NullPointerException.class, () -> new LedgerSums(null, Duration.ZERO, Duration.ZERO));
        assertThrows(NullPointerException.class, () -> new LedgerSums(Duration.ZERO, null, Duration.ZERO));
        assertThrows(NullPointerException.class, () -> new LedgerSums(Duration.ZERO, Duration.ZERO, null));
    }
}

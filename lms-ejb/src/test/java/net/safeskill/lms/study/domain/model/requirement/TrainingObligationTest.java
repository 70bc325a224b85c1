package net.safeskill.lms.study.domain.model.requirement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.TrainingType;

/** An obligation counts the ledger from China midnight of its start day; it is behind when overdue or projected late. */
class TrainingObligationTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final Instant NOW = TODAY.atTime(8, 0).atZone(CHINA).toInstant();

    private static TrainingRequirement requirement(int windowMonths) {
        return new TrainingRequirement("SUZHOU", "SZ-T", new RequirementTerms("岗前培训", Situation.NEW_HIRE,
                EnumSet.of(TrainingType.PRE_JOB), Set.of(), new BigDecimal("72"),
                new OnlineCreditRule(BigDecimal.ONE, new BigDecimal("0.5")), windowMonths, null, null), NOW, "r");
    }

    private static RequirementProgress progress(long countedMinutes) {
        Duration required = Duration.ofMinutes(1000);
        return RequirementProgress.of(required, new OnlineCreditRule(BigDecimal.ONE, BigDecimal.ONE),
                new LedgerSums(Duration.ZERO, Duration.ofMinutes(countedMinutes), Duration.ZERO));
    }

    @Test
    void theWindowStartsAtMidnightChinaTime() {
        TrainingObligation o = new TrainingObligation(1, 2, requirement(3), TODAY.minusDays(10), TODAY.plusDays(20),
                CHINA, NOW, "e");
        assertEquals(Instant.parse("2026-02-18T16:00:00Z"), o.windowStartAt());
        assertTrue(o.open(TODAY.plusDays(20)));
        assertFalse(o.open(TODAY.plusDays(21)));
    }

    @Test
    void dueDatesAreAfterTheStartWithinTheWindowAndNotPast() {
        TrainingRequirement r = requirement(3);
        assertEquals("obligation.dueBeforeStart", assertThrows(DomainException.class, () -> new TrainingObligation(1,
                2, r, TODAY, TODAY, CHINA, NOW, "e")).code());
        assertEquals("obligation.dueTooLate", assertThrows(DomainException.class, () -> new TrainingObligation(1, 2,
                r, TODAY, TODAY.plusMonths(3).plusDays(1), CHINA, NOW, "e")).code());
        assertEquals("obligation.dueInPast", assertThrows(DomainException.class, () -> new TrainingObligation(1, 2,
                r, TODAY.minusDays(30), TODAY.minusDays(1), CHINA, NOW, "e")).code());
        r.deactivate(NOW, "r");
        assertEquals("obligation.inactiveRequirement", assertThrows(DomainException.class, () ->
                new TrainingObligation(1, 2, r, TODAY, TODAY.plusDays(5), CHINA, NOW, "e")).code());
    }

    @Test
    void behindMeansOverdueOrProjectedLate() {
        // a 100-day window, 60 days used
        TrainingObligation o = new TrainingObligation(1, 2, requirement(6), TODAY.minusDays(60), TODAY.plusDays(40),
                CHINA, NOW, "e");
        assertTrue(o.behind(progress(490), TODAY), "49 % done after 60 % of the window: behind (10 points' grace)");
        assertFalse(o.behind(progress(500), TODAY), "50 % done: within the grace");
        assertFalse(o.behind(progress(1000), TODAY.plusDays(90)), "complete is never behind");
        assertTrue(o.behind(progress(999), TODAY.plusDays(41)), "past the due date and not complete");
    }
}

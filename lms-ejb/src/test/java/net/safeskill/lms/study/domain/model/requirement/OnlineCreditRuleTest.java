package net.safeskill.lms.study.domain.model.requirement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import net.safeskill.lms.shared.domain.DomainException;

/** Rule 10: online hours count by weight, at most a share of the required total. */
class OnlineCreditRuleTest {

    private static OnlineCreditRule rule(String weight, String cap) {
        return new OnlineCreditRule(new BigDecimal(weight), new BigDecimal(cap));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.1", "1.0001", "2"})
    void aWeightOutsideZeroExclusiveToOneIsRefused(String weight) {
        assertEquals("requirement.onlineWeight",
                assertThrows(DomainException.class, () -> rule(weight, "0.5")).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0001", "0.5", "1", "1.000"})
    void aWeightInZeroExclusiveToOneIsAccepted(String weight) {
        assertDoesNotThrow(() -> rule(weight, "0.5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "1.01", "5"})
    void aCapOutsideZeroToOneIsRefused(String cap) {
        assertEquals("requirement.onlineCap", assertThrows(DomainException.class, () -> rule("1", cap)).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "0.5", "1"})
    void aCapInZeroToOneIsAccepted(String cap) {
        assertDoesNotThrow(() -> rule("1", cap));
    }

    @Test
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> new OnlineCreditRule(null, BigDecimal.ONE));
        assertThrows(NullPointerException.class, () -> new OnlineCreditRule(BigDecimal.ONE, null));
    }

    @Test
    void equalValuesWithDifferentScalesAreEqual() {
        assertEquals(rule("1", "0.5"), rule("1.00", "0.500"));
    }

    @ParameterizedTest(name = "required {0} h, weight {1}, cap {2}, online {3} h -> {4} h")
    @CsvSource({
            "72, 1, 0.5, 50, 36",     // capped at half of 72 h
            "72, 0.5, 0.5, 40, 20",   // weighted: 40 x 0.5
            "72, 1, 0.5, 36, 36",
            "72, 1, 0.5, 10, 10",
            "72, 1, 1, 100, 72",
            "72, 1, 0, 50, 0",        // online does not count at all
            "72, 0.5, 0.25, 40, 18",  // 20 weighted, capped at 18
            "0, 1, 0.5, 10, 0",
            "72, 1, 0.5, 0, 0"})
    void countedIsTheSmallerOfWeightedOnlineAndTheCap(long required, String weight, String cap, long online,
                                                        long expected) {
        assertEquals(Duration.ofHours(expected),
                rule(weight, cap).counted(Duration.ofHours(online), Duration.ofHours(required)));
    }

    @Test
    void fractionsOfAMillisecondAreDroppedNotRoundedUp() {
        // 1 ms x 0.5 = 0.5 ms -> 0; 3 ms x 0.5 = 1.5 ms -> 1 ms; cap 3 ms x 0.5 -> 1 ms
        assertEquals(Duration.ZERO, rule("0.5", "1").counted(Duration.ofMillis(1), Duration.ofHours(1)));
        assertEquals(Duration.ofMillis(1), rule("0.5", "1").counted(Duration.ofMillis(3), Duration.ofHours(1)));
        assertEquals(Duration.ofMillis(1), rule("1", "0.5").counted(Duration.ofHours(1), Duration.ofMillis(3)));
    }
}

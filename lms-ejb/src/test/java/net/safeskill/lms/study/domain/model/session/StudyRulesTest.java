package net.safeskill.lms.study.domain.model.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import net.safeskill.lms.shared.domain.DomainException;

/** Rule 9: rules refuse settings that would let time be invented; credit-hour conversions round down. */
class StudyRulesTest {

    /** A mutable copy of the default settings, to change one at a time. */
    static final class Settings {
        Duration beat = Duration.ofSeconds(30);
        double rate = 1.0;
        Duration seek = Duration.ofSeconds(5);
        Duration min = Duration.ofMinutes(5);
        Duration max = Duration.ofMinutes(15);
        Duration answer = Duration.ofSeconds(90);
        int tries = 3;
        Duration cap = Duration.ofHours(8);
        Duration hour = Duration.ofMinutes(45);

        StudyRules build() {
            return new StudyRules(beat, rate, seek, min, max, answer, tries, cap, hour);
        }
    }

    private static Arguments change(String code, String label, UnaryOperator<Settings> change) {
        return Arguments.of(code, label, change);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                change("studyRules.beatCredit", "beat 4.999 s", s -> { s.beat = Duration.ofMillis(4999); return s; }),
                change("studyRules.beatCredit", "beat 0", s -> { s.beat = Duration.ZERO; return s; }),
                change("studyRules.beatCredit", "beat 2 min 1 ms", s -> { s.beat = Duration.ofMillis(120_001); return s; }),
                change("studyRules.beatCredit", "beat 10 min", s -> { s.beat = Duration.ofMinutes(10); return s; }),
                change("studyRules.playbackRate", "rate 0.49", s -> { s.rate = 0.49; return s; }),
                change("studyRules.playbackRate", "rate 2.01", s -> { s.rate = 2.01; return s; }),
                change("studyRules.playbackRate", "rate NaN", s -> { s.rate = Double.NaN; return s; }),
                change("studyRules.playbackRate", "rate inf", s -> { s.rate = Double.POSITIVE_INFINITY; return s; }),
                change("studyRules.playbackRate", "rate 0", s -> { s.rate = 0; return s; }),
                change("studyRules.seekTolerance", "seek -1 ms", s -> { s.seek = Duration.ofMillis(-1); return s; }),
                change("studyRules.seekTolerance", "seek 30.001 s", s -> { s.seek = Duration.ofMillis(30_001); return s; }),
                change("studyRules.presenceInterval", "min 59 s", s -> { s.min = Duration.ofSeconds(59); return s; }),
                change("studyRules.presenceInterval", "max < min", s -> { s.max = Duration.ofMinutes(4); return s; }),
                change("studyRules.presenceInterval", "max 2 h 1 s", s -> { s.max = Duration.ofSeconds(7201); return s; }),
                change("studyRules.presenceAnswerTime", "answer 14 s", s -> { s.answer = Duration.ofSeconds(14); return s; }),
                change("studyRules.presenceAnswerTime", "answer 10 min 1 s", s -> { s.answer = Duration.ofSeconds(601); return s; }),
                change("studyRules.presenceTries", "tries 0", s -> { s.tries = 0; return s; }),
                change("studyRules.presenceTries", "tries -1", s -> { s.tries = -1; return s; }),
                change("studyRules.presenceTries", "tries 11", s -> { s.tries = 11; return s; }),
                change("studyRules.dailyCap", "cap 29 min", s -> { s.cap = Duration.ofMinutes(29); return s; }),
                change("studyRules.dailyCap", "cap 24 h 1 ms", s -> { s.cap = Duration.ofHours(24).plusMillis(1); return s; }),
                change("studyRules.creditHour", "hour 39 min", s -> { s.hour = Duration.ofMinutes(39); return s; }),
                change("studyRules.creditHour", "hour 61 min", s -> { s.hour = Duration.ofMinutes(61); return s; }));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("refused")
    void outOfRangeSettingsAreRefused(String code, String label, UnaryOperator<Settings> change) {
        DomainException e = assertThrows(DomainException.class, () -> change.apply(new Settings()).build());
        assertEquals(code, e.code());
    }

    static Stream<Arguments> acceptedBounds() {
        return Stream.of(
                change("", "beat 5 s", s -> { s.beat = Duration.ofSeconds(5); return s; }),
                change("", "beat 2 min", s -> { s.beat = Duration.ofMinutes(2); return s; }),
                change("", "rate 0.5", s -> { s.rate = 0.5; return s; }),
                change("", "rate 2.0", s -> { s.rate = 2.0; return s; }),
                change("", "seek 0", s -> { s.seek = Duration.ZERO; return s; }),
                change("", "seek 30 s", s -> { s.seek = Duration.ofSeconds(30); return s; }),
                change("", "min 1 min", s -> { s.min = Duration.ofMinutes(1); return s; }),
                change("", "max = min", s -> { s.max = s.min; return s; }),
                change("", "max 2 h", s -> { s.max = Duration.ofHours(2); return s; }),
                change("", "answer 15 s", s -> { s.answer = Duration.ofSeconds(15); return s; }),
                change("", "answer 10 min", s -> { s.answer = Duration.ofMinutes(10); return s; }),
                change("", "tries 1", s -> { s.tries = 1; return s; }),
                change("", "tries 10", s -> { s.tries = 10; return s; }),
                change("", "cap 30 min", s -> { s.cap = Duration.ofMinutes(30); return s; }),
                change("", "cap 24 h", s -> { s.cap = Duration.ofHours(24); return s; }),
                change("", "hour 40 min", s -> { s.hour = Duration.ofMinutes(40); return s; }),
                change("", "hour 60 min", s -> { s.hour = Duration.ofMinutes(60); return s; }));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("acceptedBounds")
    void settingsAtTheBoundsAreAccepted(String unused, String label, UnaryOperator<Settings> change) {
        assertDoesNotThrow(() -> change.apply(new Settings()).build());
    }

    @Test
    void missingSettingsAreRefused() {
        Settings s = new Settings();
        assertThrows(NullPointerException.class, () -> new StudyRules(null, 1, s.seek, s.min, s.max, s.answer, 3, s.cap, s.hour));
        assertThrows(NullPointerException.class, () -> new StudyRules(s.beat, 1, null, s.min, s.max, s.answer, 3, s.cap, s.hour));
        assertThrows(NullPointerException.class, () -> new StudyRules(s.beat, 1, s.seek, null, s.max, s.answer, 3, s.cap, s.hour));
        assertThrows(NullPointerException.class, () -> new StudyRules(s.beat, 1, s.seek, s.min, null, s.answer, 3, s.cap, s.hour));
        assertThrows(NullPointerException.class, () -> new StudyRules(s.beat, 1, s.seek, s.min, s.max, null, 3, s.cap, s.hour));
        assertThrows(NullPointerException.class, () -> new StudyRules(s.beat, 1, s.seek, s.min, s.max, s.answer, 3, null, s.hour));
        assertThrows(NullPointerException.class, () -> new StudyRules(s.beat, 1, s.seek, s.min, s.max, s.answer, 3, s.cap, null));
    }

    @Test
    void theDefaultsAreValidAndAsDocumented() {
        StudyRules d = StudyRules.defaults();
        assertEquals(new Settings().build(), d);
        assertEquals(Duration.ofSeconds(30), d.maxCreditPerBeat());
        assertEquals(1.0, d.maxPlaybackRate());
        assertEquals(Duration.ofHours(8), d.dailyOnlineCap());
        assertEquals(Duration.ofMinutes(45), d.creditHour());
    }

    @ParameterizedTest
    @CsvSource({
            "1, 2700000",
            "2, 5400000",
            "0.1, 270000",
            "0.5, 1350000",
            "0, 0",
            "72, 194400000"})
    void creditHoursAreLengthsOfCreditHours(double hours, long millis) {
        assertEquals(Duration.ofMillis(millis), StudyRules.defaults().creditHours(hours));
    }

    @ParameterizedTest
    @CsvSource({
            "0, 0.0",
            "2699999, 0.9",     // 44:59.999 is not yet a credit hour
            "2700000, 1.0",
            "269999, 0.0",      // just under 0.1 h
            "270000, 0.1",
            "810000, 0.3",
            "1349999, 0.4",
            "5399999, 1.9",
            "5400000, 2.0",
            "194400000, 72.0",
            "194399999, 71.9"})
    void creditHoursOfADurationRoundDownToATenth(long millis, double expected) {
        assertEquals(expected, StudyRules.defaults().toCreditHours(Duration.ofMillis(millis)));
    }

    @Test
    void creditHoursFollowTheConfiguredHourLength() {
        Settings s = new Settings();
        s.hour = Duration.ofMinutes(60);
        StudyRules rules = s.build();
        assertEquals(Duration.ofHours(3), rules.creditHours(3));
        assertEquals(0.9, rules.toCreditHours(Duration.ofMinutes(59)));
        assertEquals(1.0, rules.toCreditHours(Duration.ofMinutes(60)));
        assertEquals(1.3, rules.toCreditHours(Duration.ofMinutes(80)));
    }

    @Test
    void aRoundTripNeverShowsMoreThanWasCredited() {
        StudyRules rules = StudyRules.defaults();
        for (int tenths = 0; tenths <= 1000; tenths++) {
            double hours = tenths / 10.0;
            Duration d = rules.creditHours(hours);
            assertEquals(hours, rules.toCreditHours(d), 1e-9, "exactly " + hours + " h");
            assertEquals(Math.max(0, tenths - 1) / 10.0, rules.toCreditHours(d.minusMillis(tenths == 0 ? 0 : 1)),
                    1e-9, "just under " + hours + " h");
        }
    }

    @Test
    void aStudyTargetNeedsPositiveLengths() {
        assertEquals("study.lessonLength", assertThrows(DomainException.class,
                () -> new StudyTarget(1, 2, MediaKind.VIDEO, Duration.ZERO, Duration.ofHours(1))).code());
        assertEquals("study.lessonLength", assertThrows(DomainException.class,
                () -> new StudyTarget(1, 2, MediaKind.VIDEO, Duration.ofSeconds(-1), Duration.ofHours(1))).code());
        assertEquals("study.courseLength", assertThrows(DomainException.class,
                () -> new StudyTarget(1, 2, MediaKind.VIDEO, Duration.ofHours(1), Duration.ZERO)).code());
        assertThrows(NullPointerException.class,
                () -> new StudyTarget(1, 2, null, Duration.ofHours(1), Duration.ofHours(1)));
    }
}

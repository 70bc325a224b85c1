package net.safeskill.lms.study.domain.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Rule 6: the daily cap (Shanghai calendar day), the lesson's length and the course's duration bound the credit. */
class CreditBoundsTest {

    private static final Duration TEN = Duration.ofSeconds(10);
    private static final Duration CAP = Duration.ofHours(8);

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Learner.ZONE).toInstant();
    }

    private static Learner learner(StudyTarget target, CreditedSoFar soFar, Instant start) {
        return new Learner(target, soFar, start, Learner.noPresenceRules(), new SplittableRandom(1));
    }

    private static CreditedSoFar today(Duration today) {
        return new CreditedSoFar(today, Duration.ZERO, Duration.ZERO, 0);
    }

    @Test
    void theDailyCapCountsWhatTheLedgerAlreadyHoldsForToday() {
        Learner l = learner(Learner.document(Duration.ofHours(1)), today(CAP.minusSeconds(5)), Learner.T0);
        HeartbeatOutcome o = l.beat(TEN);
        assertEquals(Duration.ofSeconds(5), o.credited());
        assertEquals(NoCreditReason.DAILY_CAP, o.reason());
        assertEquals(CAP, o.todayCredited());
        HeartbeatOutcome next = l.beat(TEN);
        assertEquals(Duration.ZERO, next.credited());
        assertEquals(NoCreditReason.DAILY_CAP, next.reason());
        assertEquals(CAP, l.session.todayCredited());
    }

    @Test
    void theDailyCapBoundsASessionsOwnCredit() {
        StudyRules halfHour = new StudyRules(Duration.ofSeconds(30), 1.0, Duration.ofSeconds(5), Duration.ofHours(2),
                Duration.ofHours(2), Duration.ofSeconds(90), 3, Duration.ofMinutes(30), Duration.ofMinutes(45));
        Learner l = new Learner(Learner.document(Duration.ofHours(2)), CreditedSoFar.nothing(), Learner.T0, halfHour,
                new SplittableRandom(1));
        HeartbeatOutcome o = null;
        for (int i = 0; i < 80; i++) {
            o = l.beat(Duration.ofSeconds(30));
        }
        assertEquals(Duration.ofMinutes(30), l.session.sessionCredited());
        assertEquals(Duration.ofMinutes(30), l.session.todayCredited());
        assertEquals(NoCreditReason.DAILY_CAP, o.reason());
    }

    @Test
    void aLedgerAlreadyOverTheCapCreditsNothing() {
        Learner l = learner(Learner.document(Duration.ofHours(1)), today(CAP.plusMinutes(3)), Learner.T0);
        HeartbeatOutcome o = l.beat(TEN);
        assertEquals(Duration.ZERO, o.credited());
        assertTrue(o.period().isEmpty());
        assertEquals(NoCreditReason.DAILY_CAP, o.reason());
    }

    @Test
    void theDayRollsOverAtShanghaiMidnightAndTheDayTotalStartsAgain() {
        Learner l = learner(Learner.document(Duration.ofHours(1)), today(CAP), shanghai("2026-03-10T23:50:00"));
        while (l.now.isBefore(shanghai("2026-03-10T23:59:50"))) {
            HeartbeatOutcome o = l.beat(TEN);
            assertEquals(Duration.ZERO, o.credited(), "cap reached on 10 March, at " + l.now);
            assertEquals(NoCreditReason.DAILY_CAP, o.reason());
        }
        HeartbeatOutcome lastMs = l.beatAt(shanghai("2026-03-10T23:59:59.999"), true, true, 1.0, null);
        assertEquals(Duration.ZERO, lastMs.credited());
        assertEquals(CAP, lastMs.todayCredited());

        HeartbeatOutcome midnight = l.beatAt(shanghai("2026-03-11T00:00:00"), false, true, 1.0, null);
        assertEquals(Duration.ZERO, midnight.todayCredited(), "a new day in Shanghai");

        HeartbeatOutcome next = l.beat(TEN);
        assertEquals(TEN, next.credited());
        assertEquals(NoCreditReason.NONE, next.reason());
        assertEquals(TEN, next.todayCredited());
        assertEquals(shanghai("2026-03-11T00:00:00"), next.period().orElseThrow().startedAt());
    }

    @Test
    void theDayDoesNotRollAtUtcMidnight() {
        // 08:00 in Shanghai is midnight UTC: still the same day for the cap
        Learner l = learner(Learner.document(Duration.ofHours(1)), today(CAP), shanghai("2026-03-10T07:59:40"));
        assertEquals(NoCreditReason.DAILY_CAP, l.beat(TEN).reason());
        HeartbeatOutcome afterUtcMidnight = l.beatAt(shanghai("2026-03-10T08:00:10"), true, true, 1.0, null);
        assertEquals(Duration.ZERO, afterUtcMidnight.credited());
        assertEquals(NoCreditReason.DAILY_CAP, afterUtcMidnight.reason());
        assertEquals(CAP, afterUtcMidnight.todayCredited());
    }

    /**
     * A beat just after midnight credits the time since the last beat, which lies partly in the previous day; that
     * day's cap is already used up, so only the part after midnight may be credited.
     */
    @Test
    void aBeatAcrossMidnightDoesNotCreditThePreviousDaysTimePastItsCap() {
        Learner l = learner(Learner.document(Duration.ofHours(1)), today(CAP), shanghai("2026-03-10T23:59:40"));
        assertEquals(NoCreditReason.DAILY_CAP, l.beat(TEN).reason()); // 23:59:50, cap used up
        HeartbeatOutcome across = l.beatAt(shanghai("2026-03-11T00:00:05"), true, true, 1.0, null);
        Instant midnight = shanghai("2026-03-11T00:00:00");
        across.period().ifPresent(p -> assertTrue(!p.startedAt().isBefore(midnight),
                "credited " + p.startedAt() + " .. " + p.endedAt() + ": 10 s of 10 March, whose cap was full"));
        assertTrue(across.credited().compareTo(Duration.ofSeconds(5)) <= 0, across.credited().toString());
    }

    @Test
    void theLessonLengthBoundsTheCreditIncludingTheLedger() {
        CreditedSoFar soFar = new CreditedSoFar(Duration.ZERO, Duration.ofMinutes(10).minusSeconds(3), Duration.ZERO, 0);
        Learner l = learner(Learner.document(Duration.ofMinutes(10)), soFar, Learner.T0);
        HeartbeatOutcome o = l.beat(TEN);
        assertEquals(Duration.ofSeconds(3), o.credited());
        assertEquals(NoCreditReason.LESSON_FULL, o.reason());
        assertEquals(Duration.ofMinutes(10), o.lessonCredited());
        HeartbeatOutcome next = l.beat(TEN);
        assertEquals(Duration.ZERO, next.credited());
        assertEquals(NoCreditReason.LESSON_FULL, next.reason());
    }

    @Test
    void theLessonLengthBoundsASessionsOwnCredit() {
        Learner l = learner(Learner.document(Duration.ofMinutes(1)), CreditedSoFar.nothing(), Learner.T0);
        for (int i = 0; i < 15; i++) {
            l.beat(Duration.ofSeconds(7));
        }
        assertEquals(Duration.ofMinutes(1), l.session.sessionCredited());
        assertEquals(Duration.ofMinutes(1), l.session.lessonCredited());
        assertEquals(NoCreditReason.LESSON_FULL, l.beat(TEN).reason());
    }

    @Test
    void aVideoLessonIsBoundedByItsLengthToo() {
        Learner l = Learner.video(Duration.ofSeconds(30), 0);
        l.play(TEN, 0.0);
        l.play(TEN, 10.0);
        l.play(TEN, 20.0);
        l.play(TEN, 30.0);
        // seek back and watch again
        l.play(TEN, 0.0);
        l.play(TEN, 10.0);
        l.play(TEN, 20.0);
        assertEquals(Duration.ofSeconds(30), l.session.lessonCredited());
    }

    @Test
    void theCourseDurationBoundsTheCreditIncludingTheLedger() {
        StudyTarget target = new StudyTarget(Learner.COURSE, Learner.LESSON, MediaKind.DOCUMENT, Duration.ofHours(1),
                Duration.ofHours(2));
        CreditedSoFar soFar = new CreditedSoFar(Duration.ZERO, Duration.ZERO, Duration.ofHours(2).minusSeconds(4), 0);
        Learner l = learner(target, soFar, Learner.T0);
        HeartbeatOutcome o = l.beat(TEN);
        assertEquals(Duration.ofSeconds(4), o.credited());
        assertEquals(NoCreditReason.COURSE_FULL, o.reason());
        assertEquals(Duration.ofHours(2), o.courseCredited());
        assertEquals(NoCreditReason.COURSE_FULL, l.beat(TEN).reason());
        assertEquals(Duration.ofSeconds(4), l.session.sessionCredited());
    }

    @Test
    void theTightestBoundWins() {
        StudyTarget target = new StudyTarget(Learner.COURSE, Learner.LESSON, MediaKind.DOCUMENT, Duration.ofHours(1),
                Duration.ofHours(2));
        CreditedSoFar soFar = new CreditedSoFar(CAP.minusSeconds(7), Duration.ofHours(1).minusSeconds(5),
                Duration.ofHours(2).minusSeconds(6), 0);
        Learner l = learner(target, soFar, Learner.T0);
        HeartbeatOutcome o = l.beat(TEN);
        assertEquals(Duration.ofSeconds(5), o.credited());
        assertEquals(NoCreditReason.LESSON_FULL, o.reason());
        assertEquals(CAP.minusSeconds(2), o.todayCredited());
        assertEquals(Duration.ofHours(1), o.lessonCredited());
        assertEquals(Duration.ofHours(2).minusSeconds(1), o.courseCredited());
    }
}

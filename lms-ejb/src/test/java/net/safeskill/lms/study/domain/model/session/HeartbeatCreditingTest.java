package net.safeskill.lms.study.domain.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules 2 and 3: a beat credits at most the real time since the last accepted beat, capped per beat; stale,
 * replayed, backdated and flooded beats cannot invent time; nothing while hidden, paused or too fast.
 */
class HeartbeatCreditingTest {

    private static final Duration TEN = Duration.ofSeconds(10);

    @Test
    void aBeatCreditsTheRealTimeSinceTheLastAcceptedBeat() {
        Learner l = Learner.document();
        HeartbeatOutcome o = l.beat(TEN);
        assertEquals(TEN, o.credited());
        assertEquals(NoCreditReason.NONE, o.reason());
        assertEquals(Duration.ofSeconds(12), l.beat(Duration.ofSeconds(12)).credited());
        assertEquals(Duration.ofSeconds(22), l.session.sessionCredited());
        assertEquals(l.now, l.session.lastBeatAt());
    }

    @Test
    void aLateBeatAfterTenMinutesCreditsNoMoreThanMaxCreditPerBeat() {
        Learner l = Learner.document();
        l.beat(TEN);
        HeartbeatOutcome late = l.beat(Duration.ofMinutes(10));
        assertEquals(Duration.ofSeconds(30), late.credited());
        assertEquals(Duration.ofSeconds(40), l.session.sessionCredited());
    }

    @Test
    void theCapPerBeatFollowsTheRules() {
        StudyRules rules = new StudyRules(Duration.ofSeconds(5), 1.0, Duration.ofSeconds(5), Duration.ofHours(2),
                Duration.ofHours(2), Duration.ofSeconds(90), 3, Duration.ofHours(8), Duration.ofMinutes(45));
        Learner l = new Learner(Learner.document(Duration.ofHours(1)), CreditedSoFar.nothing(), Learner.T0, rules,
                new java.util.SplittableRandom(1));
        assertEquals(Duration.ofSeconds(5), l.beat(TEN).credited());
        assertEquals(Duration.ofSeconds(3), l.beat(Duration.ofSeconds(3)).credited());
    }

    @Test
    void aReplayedSequenceCreditsNothingAndDoesNotMoveTheClock() {
        Learner l = Learner.document();
        assertEquals(TEN, l.beatWithSequence(1, TEN).credited());
        Instant accepted = l.now;

        HeartbeatOutcome replay = l.beatWithSequence(1, TEN);
        assertEquals(NoCreditReason.STALE, replay.reason());
        assertEquals(Duration.ZERO, replay.credited());
        assertTrue(replay.period().isEmpty());
        assertEquals(accepted, l.session.lastBeatAt(), "a stale beat must not move the clock");

        HeartbeatOutcome older = l.beatWithSequence(0, Duration.ofSeconds(2));
        assertEquals(NoCreditReason.STALE, older.reason());
        assertEquals(Duration.ZERO, older.credited());

        // the next genuine beat credits from the last accepted beat (15 s), not from the stale ones (3 s)
        HeartbeatOutcome next = l.beatWithSequence(2, Duration.ofSeconds(3));
        assertEquals(Duration.ofSeconds(15), Duration.between(accepted, l.now));
        assertEquals(Duration.ofSeconds(15), next.credited());
        assertEquals(Duration.ofSeconds(25), l.session.sessionCredited());
    }

    @Test
    void aStaleBeatCannotBeReplayedForCreditEvenAfterTime() {
        Learner l = Learner.document();
        l.beatWithSequence(5, TEN);
        for (int i = 0; i < 20; i++) {
            assertEquals(Duration.ZERO, l.beatWithSequence(5 - (i % 6), TEN).credited());
        }
        assertEquals(TEN, l.session.sessionCredited());
    }

    @Test
    void aFloodOfBeatsEvery100msNeverCreditsMoreThanWallClock() {
        Learner l = Learner.document();
        Instant start = l.now;
        long total = 0;
        for (int i = 0; i < 2000; i++) {
            HeartbeatOutcome o = l.beat(Duration.ofMillis(100));
            assertTrue(o.credited().toMillis() <= 100, "beat " + i + " credited " + o.credited());
            total += o.credited().toMillis();
        }
        assertEquals(Duration.between(start, l.now).toMillis(), 200_000);
        assertTrue(total <= 200_000, "credited " + total + " ms in 200 s");
        assertEquals(total, l.session.sessionCredited().toMillis());
    }

    @Test
    void aFloodOfBeatsAtTheSameInstantCreditsNothing() {
        Learner l = Learner.document();
        l.beat(TEN);
        for (int i = 0; i < 500; i++) {
            assertEquals(Duration.ZERO, l.beat(Duration.ZERO).credited());
        }
        assertEquals(TEN, l.session.sessionCredited());
    }

    @Test
    void aClockGoingBackCreditsNothingAndTheLaterInstantStays() {
        Learner l = Learner.document();
        l.beat(Duration.ofSeconds(20));
        Instant last = l.now;
        HeartbeatOutcome back = l.beatAt(last.minusSeconds(15), true, true, 1.0, null);
        assertEquals(Duration.ZERO, back.credited());
        assertTrue(back.period().isEmpty());
        assertEquals(last, l.session.lastBeatAt());

        // still before the last beat: nothing
        assertEquals(Duration.ZERO, l.beatAt(last.minusSeconds(1), true, true, 1.0, null).credited());
        // after it: only the time since the last beat
        assertEquals(Duration.ofSeconds(4), l.beatAt(last.plusSeconds(4), true, true, 1.0, null).credited());
        assertEquals(Duration.ofSeconds(24), l.session.sessionCredited());
    }

    @Test
    void hiddenCreditsNothingButTheClockMoves() {
        Learner l = Learner.document();
        l.beat(TEN);
        HeartbeatOutcome hidden = l.beat(Duration.ofSeconds(20), false, true, 1.0);
        assertEquals(NoCreditReason.HIDDEN, hidden.reason());
        assertEquals(Duration.ZERO, hidden.credited());
        assertEquals(l.now, l.session.lastBeatAt());
        assertEquals(Duration.ofSeconds(5), l.beat(Duration.ofSeconds(5)).credited(),
                "the next beat cannot claim the hidden time");
    }

    @Test
    void pausedCreditsNothingButTheClockMoves() {
        Learner l = Learner.document();
        l.beat(TEN);
        HeartbeatOutcome paused = l.beat(Duration.ofSeconds(20), true, false, 1.0);
        assertEquals(NoCreditReason.PAUSED, paused.reason());
        assertEquals(Duration.ZERO, paused.credited());
        assertEquals(Duration.ofSeconds(5), l.beat(Duration.ofSeconds(5)).credited());
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.01, 1.5, 2.0, 16.0, 0.0, -1.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY})
    void aForbiddenPlaybackRateCreditsNothingButTheClockMoves(double rate) {
        Learner l = Learner.document();
        l.beat(TEN);
        HeartbeatOutcome fast = l.beat(Duration.ofSeconds(20), true, true, rate);
        assertEquals(NoCreditReason.TOO_FAST, fast.reason());
        assertEquals(Duration.ZERO, fast.credited());
        assertEquals(Duration.ofSeconds(5), l.beat(Duration.ofSeconds(5)).credited());
    }

    @Test
    void aForbiddenRateOnAVideoCreditsNothingEither() {
        Learner l = Learner.video(Duration.ofMinutes(10), 0);
        l.play(TEN, 0.0);
        assertEquals(NoCreditReason.TOO_FAST, l.play(TEN, 2.0, 20.0).reason());
        assertEquals(NoCreditReason.TOO_FAST, l.play(TEN, Double.NaN, 20.0).reason());
        assertEquals(Duration.ZERO, l.session.sessionCredited());
    }

    @Test
    void theConfiguredMaximumRateIsStillCredited() {
        StudyRules rules = new StudyRules(Duration.ofSeconds(30), 1.5, Duration.ofSeconds(5), Duration.ofHours(2),
                Duration.ofHours(2), Duration.ofSeconds(90), 3, Duration.ofHours(8), Duration.ofMinutes(45));
        Learner l = new Learner(Learner.document(Duration.ofHours(1)), CreditedSoFar.nothing(), Learner.T0, rules,
                new java.util.SplittableRandom(1));
        assertEquals(TEN, l.beat(TEN, true, true, 1.5).credited());
        assertEquals(NoCreditReason.TOO_FAST, l.beat(TEN, true, true, 1.6).reason());
        assertEquals(TEN, l.beat(TEN, true, true, 0.5).credited());
    }
}

package net.safeskill.lms.study.domain.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 4: video positions on first viewing, frozen and advancing positions, bad positions. */
class VideoPositionTest {

    private static final Duration TEN = Duration.ofSeconds(10);
    private static final Duration LENGTH = Duration.ofMinutes(10);

    private static Learner firstViewing() {
        return Learner.video(LENGTH, 0);
    }

    @Test
    void theFirstBeatOfASessionOnlyEstablishesThePosition() {
        Learner l = firstViewing();
        HeartbeatOutcome first = l.play(TEN, 0.0);
        assertEquals(Duration.ZERO, first.credited());
        assertTrue(first.period().isEmpty());
    }

    @Test
    void aPositionAdvancingWithTimeCreditsTheElapsedTime() {
        Learner l = firstViewing();
        l.play(TEN, 0.0);
        assertEquals(TEN, l.play(TEN, 10.0).credited());
        assertEquals(TEN, l.play(TEN, 19.8).credited());
        assertEquals(Duration.ofSeconds(12), l.play(Duration.ofSeconds(12), 32.0).credited());
        assertEquals(32.0, l.session.furthestPosition());
    }

    @Test
    void aPositionAdvancingAtHalfSpeedCreditsTheElapsedTime() {
        Learner l = firstViewing();
        l.play(TEN, 0.5, 0.0);
        assertEquals(TEN, l.play(TEN, 0.5, 5.0).credited());
    }

    @Test
    void aFrozenPositionWhilePlayingCreditsNothingAndTheClockMoves() {
        Learner l = firstViewing();
        l.play(TEN, 0.0);
        assertEquals(TEN, l.play(TEN, 10.0).credited());
        for (int i = 0; i < 5; i++) {
            HeartbeatOutcome frozen = l.play(TEN, 10.0);
            assertEquals(Duration.ZERO, frozen.credited());
            assertTrue(frozen.period().isEmpty());
        }
        // 10 s later, advanced 10 s: 10 s, not the 30 s cap for the frozen minute
        assertEquals(TEN, l.play(TEN, 20.0).credited());
    }

    @Test
    void aPositionAdvancingSlowerThanTimeCreditsOnlyWhatWasWatchedWithJitter() {
        Learner l = firstViewing();
        l.play(TEN, 0.0);
        HeartbeatOutcome slow = l.play(TEN, 3.0);
        // 3 s watched + 10 % + 1 s jitter
        assertTrue(slow.credited().toMillis() <= 3000 * 11 / 10 + StudySession.JITTER_MS, slow.credited().toString());
        assertTrue(slow.credited().toMillis() < 10_000);
    }

    @Test
    void skippingAheadOnAFirstViewingIsRefusedAndThePlayerSentBack() {
        Learner l = firstViewing();
        l.play(TEN, 0.0);
        assertEquals(TEN, l.play(TEN, 10.0).credited());

        HeartbeatOutcome skip = l.play(TEN, 120.0);
        assertEquals(NoCreditReason.SKIPPED_AHEAD, skip.reason());
        assertEquals(Duration.ZERO, skip.credited());
        assertTrue(skip.period().isEmpty());
        assertEquals(10.0, skip.rewindTo());
        assertEquals(10.0, l.session.furthestPosition());

        // back at the furthest point, playing on credits again (from the refused beat on)
        assertEquals(TEN, l.play(TEN, 20.0).credited());
    }

    @Test
    void theSkipLimitIsFurthestPlusElapsedTimesRatePlusTolerance() {
        Learner l = firstViewing();
        l.play(TEN, 0.0);
        // furthest 0 + 10 s x 1.0 + 5 s tolerance = 15 s: allowed
        HeartbeatOutcome atLimit = l.play(TEN, 15.0);
        assertEquals(NoCreditReason.NONE, atLimit.reason());
        assertNull(atLimit.rewindTo());

        Learner m = firstViewing();
        m.play(TEN, 0.0);
        HeartbeatOutcome beyond = m.play(TEN, 15.5);
        assertEquals(NoCreditReason.SKIPPED_AHEAD, beyond.reason());
        assertEquals(0.0, beyond.rewindTo());

        Learner n = firstViewing();
        n.play(TEN, 0.5, 0.0);
        // at 0.5x: 0 + 5 + 5 = 10 s allowed, 11 s is a skip
        assertEquals(NoCreditReason.SKIPPED_AHEAD, n.play(TEN, 0.5, 11.0).reason());
    }

    @Test
    void aLateBeatCannotJustifyASkipByItsLongGap() {
        // the elapsed time a skip is measured against is capped like the credit
        Learner l = firstViewing();
        l.play(TEN, 0.0);
        HeartbeatOutcome late = l.play(Duration.ofMinutes(5), 200.0);
        assertEquals(NoCreditReason.SKIPPED_AHEAD, late.reason());
        assertEquals(0.0, late.rewindTo());
    }

    @Test
    void theFirstBeatOfASessionCannotStartBeyondTheFurthestPosition() {
        Learner l = firstViewing();
        HeartbeatOutcome first = l.play(TEN, 300.0);
        assertEquals(NoCreditReason.SKIPPED_AHEAD, first.reason());
        assertEquals(0.0, first.rewindTo());
    }

    @Test
    void theFurthestPositionIsCarriedAcrossSessions() {
        Learner l = Learner.video(LENGTH, 120.0);
        assertTrue(l.session.firstViewing());
        assertEquals(120.0, l.session.furthestPosition());
        HeartbeatOutcome skip = l.play(TEN, 300.0);
        assertEquals(NoCreditReason.SKIPPED_AHEAD, skip.reason());
        assertEquals(120.0, skip.rewindTo());

        Learner m = Learner.video(LENGTH, 120.0);
        assertEquals(Duration.ZERO, m.play(TEN, 125.0).credited());
        assertEquals(TEN, m.play(TEN, 135.0).credited());
        assertEquals(135.0, m.session.furthestPosition());
    }

    @Test
    void seekingBackOnAFirstViewingIsAllowed() {
        Learner l = firstViewing();
        l.play(TEN, 0.0);
        l.play(TEN, 10.0);
        HeartbeatOutcome back = l.play(TEN, 2.0);
        assertFalse(back.reason() == NoCreditReason.SKIPPED_AHEAD);
        assertEquals(TEN, l.play(TEN, 12.0).credited());
        assertEquals(12.0, l.session.furthestPosition());
    }

    @ParameterizedTest
    @ValueSource(doubles = {600.0, 597.0})
    void afterTheLessonWasFullyWatchedSeekingIsFree(double furthestSoFar) {
        Learner l = Learner.video(LENGTH, furthestSoFar);
        assertFalse(l.session.firstViewing());
        l.play(TEN, 0.0);
        HeartbeatOutcome seek = l.play(TEN, 500.0);
        assertFalse(seek.reason() == NoCreditReason.SKIPPED_AHEAD);
        assertNull(seek.rewindTo());
        assertEquals(TEN, l.play(TEN, 510.0).credited());
    }

    @Test
    void aLessonNotFullyWatchedIsStillAFirstViewing() {
        assertTrue(Learner.video(LENGTH, 590.0).session.firstViewing());
        assertTrue(Learner.video(LENGTH, 594.9).session.firstViewing());
        assertFalse(Learner.video(LENGTH, 595.0).session.firstViewing());
        // a document is never a "first viewing" with positions
        Learner doc = Learner.document();
        assertFalse(doc.session.firstViewing());

        Learner l = Learner.video(Duration.ofMinutes(20), 590.0);
        assertEquals(NoCreditReason.SKIPPED_AHEAD, l.play(TEN, 700.0).reason());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1.0, -0.001, 660.0, 6000.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY})
    void aPositionThatIsNotInTheVideoIsBad(double position) {
        assertBadPosition(position);
    }

    @Test
    void aMissingPositionIsBad() {
        assertBadPosition(null);
    }

    @Test
    void aBadPositionOnASecondViewingIsBadToo() {
        Learner l = Learner.video(LENGTH, 600.0);
        l.play(TEN, 0.0);
        assertEquals(NoCreditReason.BAD_POSITION, l.play(TEN, 1000.0).reason());
        assertEquals(NoCreditReason.BAD_POSITION, l.play(TEN, (Double) null).reason());
    }

    private static void assertBadPosition(Double position) {
        Learner l = firstViewing();
        l.play(TEN, 0.0);
        assertEquals(TEN, l.play(TEN, 10.0).credited());
        HeartbeatOutcome bad = l.play(TEN, position);
        assertEquals(NoCreditReason.BAD_POSITION, bad.reason());
        assertEquals(Duration.ZERO, bad.credited());
        assertTrue(bad.period().isEmpty());
        assertEquals(10.0, l.session.furthestPosition());
        // the clock moved: the next beat credits 10 s since the bad beat (not 12 s of 20 s since the last good one)
        assertEquals(TEN, l.play(TEN, 20.0).credited());
    }

    /**
     * A forged page sends beats every 100 ms, each claiming a position just within "furthest + elapsed x rate +
     * tolerance". Each beat alone passes, but the tolerance is granted again on every beat, so in 10 s of wall-clock
     * the furthest position of a first viewing runs 500 s ahead: the video was skipped, not watched.
     */
    @Test
    void aFloodOfBeatsCannotSkipAheadOnAFirstViewingByStackingTheTolerance() {
        Learner l = firstViewing();
        l.play(TEN, 0.0);
        double claimed = 0;
        for (int i = 0; i < 100; i++) {
            claimed = Math.min(claimed + 5.0, 590.0);
            HeartbeatOutcome o = l.play(Duration.ofMillis(100), claimed);
            if (o.reason() == NoCreditReason.SKIPPED_AHEAD) {
                claimed = o.rewindTo();
            }
        }
        // 10 s of wall-clock at 1.0x, plus tolerance and 10 % + 1 s jitter, is at most ~17 s of video
        double limit = 10 * 1.1 + 1 + 5;
        assertTrue(l.session.furthestPosition() <= limit,
                "first viewing skipped to " + l.session.furthestPosition() + " s after 10 s of wall-clock");
    }
}

package net.safeskill.lms.study.domain.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.study.domain.model.ledger.CreditSource;
import net.safeskill.lms.study.domain.model.ledger.CreditedPeriod;
import net.safeskill.lms.study.domain.model.ledger.StudyMode;

/** Rule 7: every credit is a ledger row describing exactly what was credited. */
class StudySessionLedgerRowTest {

    private static final Duration TEN = Duration.ofSeconds(10);

    @Test
    void aVideoCreditIsAnOnlineHeartbeatRowWithPositions() {
        Learner l = Learner.video(Duration.ofMinutes(10), 0);
        l.play(TEN, 4.0);
        HeartbeatOutcome o = l.play(Duration.ofSeconds(12), 16.0);
        CreditedPeriod p = o.period().orElseThrow();
        assertEquals(Learner.PERSON, p.personId());
        assertEquals(Learner.COURSE, p.courseId());
        assertEquals(Learner.LESSON, p.lessonId());
        assertEquals(StudyMode.ONLINE, p.mode());
        assertEquals(CreditSource.HEARTBEAT, p.source());
        assertEquals(l.now, p.endedAt());
        assertEquals(l.now.minusSeconds(12), p.startedAt());
        assertEquals(Duration.ofSeconds(12), p.duration());
        assertEquals(o.credited(), p.duration());
        assertEquals(4.0, p.positionFrom());
        assertEquals(16.0, p.positionTo());
        assertNull(p.classSessionId());
        assertNull(p.recordedBy());
        assertEquals(l.session.id(), p.studySessionId());
    }

    @Test
    void aCappedCreditStartsAtNowMinusTheCredit() {
        Learner l = Learner.document();
        l.beat(TEN);
        HeartbeatOutcome late = l.beat(Duration.ofMinutes(3));
        CreditedPeriod p = late.period().orElseThrow();
        assertEquals(l.now, p.endedAt());
        assertEquals(l.now.minusSeconds(30), p.startedAt());
    }

    @Test
    void aDocumentCreditHasNoPositions() {
        Learner l = Learner.document();
        CreditedPeriod p = l.beat(TEN).period().orElseThrow();
        assertEquals(StudyMode.ONLINE, p.mode());
        assertEquals(CreditSource.HEARTBEAT, p.source());
        assertNull(p.positionFrom());
        assertNull(p.positionTo());
        assertEquals(l.now.minusSeconds(10), p.startedAt());
    }

    @Test
    void aPartlyCreditedBeatRecordsOnlyTheCreditedPart() {
        CreditedSoFar soFar = new CreditedSoFar(Duration.ZERO, Duration.ofHours(1).minusSeconds(3), Duration.ZERO, 0);
        Learner l = new Learner(Learner.document(Duration.ofHours(1)), soFar, Learner.T0, Learner.noPresenceRules(),
                new java.util.SplittableRandom(1));
        CreditedPeriod p = l.beat(TEN).period().orElseThrow();
        assertEquals(Duration.ofSeconds(3), p.duration());
        assertEquals(l.now.minusSeconds(3), p.startedAt());
        assertEquals(l.now, p.endedAt());
    }

    @Test
    void aBeatThatCreditsNothingWritesNoRow() {
        Learner l = Learner.document();
        l.beat(TEN);
        assertEquals(java.util.Optional.empty(), l.beat(TEN, false, true, 1.0).period());
        assertEquals(java.util.Optional.empty(), l.beat(Duration.ZERO).period());
    }
}

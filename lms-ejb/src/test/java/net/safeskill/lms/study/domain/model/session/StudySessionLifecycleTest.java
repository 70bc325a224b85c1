package net.safeskill.lms.study.domain.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.shared.domain.DomainException;

/** Rule 1: only the one active session credits; a taken-over or ended session refuses beats and answers. */
class StudySessionLifecycleTest {

    @Test
    void aStartedSessionIsActiveAndCreditsItsBeats() {
        Learner l = Learner.document();
        assertEquals(SessionStatus.ACTIVE, l.session.status());
        assertEquals(Learner.PERSON, l.session.personId());
        assertEquals(Learner.COURSE, l.session.courseId());
        assertEquals(Learner.LESSON, l.session.lessonId());
        assertEquals(Learner.T0, l.session.startedAt());
        assertEquals(Learner.REGION, l.session.region());
        assertEquals(Duration.ofSeconds(10), l.beat(Duration.ofSeconds(10)).credited());
    }

    @Test
    void aTakenOverSessionRefusesBeatsWhileTheNewOneCredits() {
        Learner old = Learner.document();
        assertEquals(Duration.ofSeconds(10), old.beat(Duration.ofSeconds(10)).credited());

        // another tab starts: the caller takes the old one over first
        Instant takeover = old.now.plusSeconds(2);
        old.session.takenOver(takeover);
        Learner neu = new Learner(Learner.document(Duration.ofHours(1)), CreditedSoFar.nothing(), takeover,
                Learner.noPresenceRules(), new SplittableRandom(2));

        assertEquals(SessionStatus.TAKEN_OVER, old.session.status());
        DomainException e = assertThrows(DomainException.class, () -> old.beat(Duration.ofSeconds(10)));
        assertEquals("study.takenOver", e.code());
        assertEquals(Duration.ofSeconds(10), old.session.sessionCredited(), "old session credited nothing more");

        assertEquals(Duration.ofSeconds(10), neu.beat(Duration.ofSeconds(10)).credited());
    }

    @Test
    void anEndedSessionRefusesBeats() {
        Learner l = Learner.document();
        l.beat(Duration.ofSeconds(10));
        l.session.end(l.now.plusSeconds(1));
        assertEquals(SessionStatus.ENDED, l.session.status());
        DomainException e = assertThrows(DomainException.class, () -> l.beat(Duration.ofSeconds(10)));
        assertEquals("study.sessionEnded", e.code());
        assertEquals(Duration.ofSeconds(10), l.session.sessionCredited());
    }

    @Test
    void aTakenOverOrEndedSessionRefusesPresenceAnswers() {
        Learner l = new Learner(Learner.document(Duration.ofHours(1)), CreditedSoFar.nothing(), Learner.T0,
                StudyRules.defaults(), new SplittableRandom(3));
        l.beatAt(l.session.nextCheckAt(), true, true, 1.0, null);
        String nonce = l.pendingNonce();
        String digits = l.correctDigits();
        l.session.takenOver(l.now);
        DomainException e = assertThrows(DomainException.class, () -> l.answer(Duration.ofSeconds(3), nonce, digits));
        assertEquals("study.takenOver", e.code());

        Learner m = new Learner(Learner.document(Duration.ofHours(1)), CreditedSoFar.nothing(), Learner.T0,
                StudyRules.defaults(), new SplittableRandom(3));
        m.beatAt(m.session.nextCheckAt(), true, true, 1.0, null);
        String n2 = m.pendingNonce();
        String d2 = m.correctDigits();
        m.session.end(m.now);
        assertEquals("study.sessionEnded",
                assertThrows(DomainException.class, () -> m.answer(Duration.ofSeconds(3), n2, d2)).code());
    }

    @Test
    void endingATakenOverSessionKeepsItTakenOver() {
        Learner l = Learner.document();
        l.session.takenOver(l.now.plusSeconds(1));
        l.session.end(l.now.plusSeconds(2));
        assertEquals(SessionStatus.TAKEN_OVER, l.session.status());
        assertTrue(assertThrows(DomainException.class, () -> l.beat(Duration.ofSeconds(1))).code()
                .equals("study.takenOver"));
    }
}

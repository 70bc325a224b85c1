package net.safeskill.lms.study.domain.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.shared.domain.DomainException;

/** Rule 5: presence checks at random server-chosen moments, and what passing, failing and missing them does. */
class PresenceCheckTest {

    private static final Duration TEN = Duration.ofSeconds(10);
    private static final Duration MIN = Duration.ofMinutes(5);
    private static final Duration MAX = Duration.ofMinutes(15);

    private static Learner learner(RandomGenerator random) {
        return new Learner(Learner.document(Duration.ofHours(5)), CreditedSoFar.nothing(), Learner.T0,
                StudyRules.defaults(), random);
    }

    private static Learner learner() {
        return learner(new SplittableRandom(42));
    }

    /** Beats every 10 s up to just before the check, then one exactly at it; returns the beat that issued it. */
    private static HeartbeatOutcome reachCheck(Learner l) {
        Instant check = l.session.nextCheckAt();
        while (l.now.plus(TEN).isBefore(check)) {
            HeartbeatOutcome o = l.beat(TEN);
            assertNull(o.challenge(), "no challenge before the check is due");
            assertEquals(TEN, o.credited());
        }
        HeartbeatOutcome before = l.beatAt(check.minusMillis(1), true, true, 1.0, null);
        assertNull(before.challenge());
        HeartbeatOutcome at = l.beatAt(check, true, true, 1.0, null);
        assertNotNull(at.challenge());
        return at;
    }

    private static Duration sinceStart(Learner l) {
        return Duration.between(l.start, l.session.nextCheckAt());
    }

    @Test
    void theFirstCheckIsScheduledAtARandomMomentBetweenMinAndMax() {
        Set<Instant> seen = new HashSet<>();
        for (long seed = 0; seed < 300; seed++) {
            Learner l = learner(new SplittableRandom(seed));
            Duration d = sinceStart(l);
            assertTrue(d.compareTo(MIN) >= 0 && d.compareTo(MAX) <= 0, "seed " + seed + ": " + d);
            seen.add(l.session.nextCheckAt());
        }
        assertTrue(seen.size() > 250, "the moment is random, not fixed: " + seen.size());
        Duration withRandom = sinceStart(learner(new Random(7)));
        assertTrue(withRandom.compareTo(MIN) >= 0 && withRandom.compareTo(MAX) <= 0);
    }

    @Test
    void aFixedIntervalSchedulesExactlyThere() {
        StudyRules rules = new StudyRules(Duration.ofSeconds(30), 1.0, Duration.ofSeconds(5), Duration.ofMinutes(7),
                Duration.ofMinutes(7), Duration.ofSeconds(90), 3, Duration.ofHours(8), Duration.ofMinutes(45));
        Learner l = new Learner(Learner.document(Duration.ofHours(1)), CreditedSoFar.nothing(), Learner.T0, rules,
                new SplittableRandom(1));
        assertEquals(Learner.T0.plus(Duration.ofMinutes(7)), l.session.nextCheckAt());
    }

    @Test
    void aBeatAtTheCheckMomentIssuesAChallengeAndIsStillCredited() {
        Learner l = learner();
        assertTrue(l.session.pendingChallenge().isEmpty());
        Instant check = l.session.nextCheckAt();
        l.beatAt(check.minusSeconds(10), true, true, 1.0, null);
        HeartbeatOutcome at = l.beatAt(check, true, true, 1.0, null);
        assertEquals(TEN, at.credited());
        assertEquals(NoCreditReason.NONE, at.reason());
        assertNotNull(at.challenge());
        assertEquals(check.plus(Duration.ofSeconds(90)), at.challenge().dueBy());
        assertEquals(at.challenge(), l.session.pendingChallenge().orElseThrow());
    }

    @Test
    void aBeatAfterTheCheckMomentIssuesAChallengeToo() {
        Learner l = learner();
        Instant check = l.session.nextCheckAt();
        l.beatAt(check.minusSeconds(5), true, true, 1.0, null);
        HeartbeatOutcome after = l.beatAt(check.plusSeconds(5), true, true, 1.0, null);
        assertEquals(TEN, after.credited());
        assertNotNull(after.challenge());
    }

    @Test
    void whileAChallengeIsPendingNothingIsCredited() {
        Learner l = learner();
        String nonce = reachCheck(l).challenge().nonce();
        for (int i = 0; i < 8; i++) {
            HeartbeatOutcome o = l.beat(TEN);
            assertEquals(NoCreditReason.PRESENCE_PENDING, o.reason());
            assertEquals(Duration.ZERO, o.credited());
            assertTrue(o.period().isEmpty());
            assertEquals(nonce, o.challenge().nonce());
        }
    }

    @Test
    void theDigitsAreGivenOnlyForTheRightNonce() {
        Learner l = learner();
        assertTrue(l.session.challengeDigits("anything").isEmpty(), "no challenge pending");
        String nonce = reachCheck(l).challenge().nonce();
        String digits = l.session.challengeDigits(nonce).orElseThrow();
        assertTrue(digits.matches("[0-9]{4}"), digits);
        assertTrue(nonce.length() >= 16, nonce);
        assertTrue(l.session.challengeDigits(null).isEmpty());
        assertTrue(l.session.challengeDigits("").isEmpty());
        assertTrue(l.session.challengeDigits(nonce.toUpperCase().equals(nonce) ? nonce.toLowerCase() + "x"
                : nonce.toUpperCase()).isEmpty());
        assertTrue(l.session.challengeDigits(nonce.substring(1)).isEmpty());
        assertTrue(l.session.challengeDigits(nonce + "0").isEmpty());
    }

    @Test
    void aCorrectAnswerPassesAndCreditingResumesButNotForTheTimeSpentAnswering() {
        Learner l = learner();
        HeartbeatOutcome issued = reachCheck(l);
        Instant issuedAt = l.now;
        String nonce = issued.challenge().nonce();
        l.beat(TEN); // pending
        Optional<PresenceOutcome> passed = l.answer(Duration.ofSeconds(25), nonce, l.correctDigits());
        PresenceOutcome p = passed.orElseThrow();
        assertEquals(PresenceOutcome.Result.PASSED, p.result());
        assertEquals(nonce, p.nonce());
        assertEquals(issuedAt, p.issuedAt());
        assertEquals(l.now, p.resolvedAt());
        assertEquals(1, p.tries());
        assertTrue(l.session.pendingChallenge().isEmpty());
        assertFalse(l.session.presenceBlocked());

        // 5 s after the answer (30 s after the last beat): 5 s only
        HeartbeatOutcome next = l.beat(Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(5), next.credited());
        assertEquals(NoCreditReason.NONE, next.reason());
        assertEquals(TEN, l.beat(TEN).credited());
    }

    @Test
    void aCorrectAnswerWithSurroundingBlanksPasses() {
        Learner l = learner();
        String nonce = reachCheck(l).challenge().nonce();
        assertEquals(PresenceOutcome.Result.PASSED,
                l.answer(Duration.ofSeconds(5), nonce, " " + l.correctDigits() + "\n").orElseThrow().result());
    }

    @Test
    void theNextCheckAfterAPassIsAgainBetweenMinAndMaxFromTheAnswer() {
        Set<Instant> seen = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            Learner l = learner(new SplittableRandom(seed));
            String nonce = reachCheck(l).challenge().nonce();
            l.answer(Duration.ofSeconds(7), nonce, l.correctDigits()).orElseThrow();
            Duration d = Duration.between(l.now, l.session.nextCheckAt());
            assertTrue(d.compareTo(MIN) >= 0 && d.compareTo(MAX) <= 0, "seed " + seed + ": " + d);
            seen.add(l.session.nextCheckAt());

            // and that check comes, too
            HeartbeatOutcome second = reachCheck(l);
            assertNotEquals(nonce, second.challenge().nonce());
        }
        assertTrue(seen.size() > 30);
    }

    @Test
    void aStaleOrWrongNonceIsRefused() {
        Learner l = learner();
        assertEquals("study.presenceStale",
                assertThrows(DomainException.class, () -> l.answer(Duration.ZERO, "00", "1234")).code(), "none pending");
        String nonce = reachCheck(l).challenge().nonce();
        String digits = l.correctDigits();
        assertEquals("study.presenceStale",
                assertThrows(DomainException.class, () -> l.answer(TEN, nonce + "ff", digits)).code());
        assertEquals("study.presenceStale",
                assertThrows(DomainException.class, () -> l.answer(TEN, null, digits)).code());
        // refused answers did not use up tries nor pass the check
        assertEquals(nonce, l.pendingNonce());
        assertEquals(NoCreditReason.PRESENCE_PENDING, l.beat(Duration.ofSeconds(1)).reason());
        PresenceOutcome p = l.answer(Duration.ofSeconds(1), nonce, digits).orElseThrow();
        assertEquals(PresenceOutcome.Result.PASSED, p.result());
        assertEquals(1, p.tries());
        // the passed nonce is now stale
        assertEquals("study.presenceStale",
                assertThrows(DomainException.class, () -> l.answer(TEN, nonce, digits)).code());
    }

    @Test
    void tooManyWrongAnswersFailTheCheckBlockCreditingAndIssueANewChallenge() {
        Learner l = learner();
        String nonce = reachCheck(l).challenge().nonce();
        String wrong = l.wrongDigits();
        assertTrue(l.answer(Duration.ofSeconds(3), nonce, wrong).isEmpty());
        assertTrue(l.answer(Duration.ofSeconds(3), nonce, null).isEmpty());
        assertEquals(nonce, l.pendingNonce(), "tries remain: same challenge");
        assertFalse(l.session.presenceBlocked());

        PresenceOutcome failed = l.answer(Duration.ofSeconds(3), nonce, wrong).orElseThrow();
        assertEquals(PresenceOutcome.Result.FAILED, failed.result());
        assertEquals(3, failed.tries());
        assertTrue(l.session.presenceBlocked());
        String second = l.pendingNonce();
        assertNotEquals(nonce, second);
        assertTrue(l.session.challengeDigits(nonce).isEmpty(), "the old nonce gives no digits");
        assertEquals("study.presenceStale",
                assertThrows(DomainException.class, () -> l.answer(Duration.ZERO, nonce, "0000")).code());

        for (int i = 0; i < 3; i++) {
            HeartbeatOutcome blocked = l.beat(TEN);
            assertEquals(NoCreditReason.PRESENCE_FAILED, blocked.reason());
            assertEquals(Duration.ZERO, blocked.credited());
            assertEquals(second, blocked.challenge().nonce());
        }

        PresenceOutcome passed = l.answer(Duration.ofSeconds(4), second, l.correctDigits()).orElseThrow();
        assertEquals(PresenceOutcome.Result.PASSED, passed.result());
        assertFalse(l.session.presenceBlocked());
        assertEquals(Duration.ofSeconds(6), l.beat(Duration.ofSeconds(6)).credited());
    }

    @Test
    void theNumberOfTriesFollowsTheRules() {
        StudyRules oneTry = new StudyRules(Duration.ofSeconds(30), 1.0, Duration.ofSeconds(5), Duration.ofMinutes(5),
                Duration.ofMinutes(15), Duration.ofSeconds(90), 1, Duration.ofHours(8), Duration.ofMinutes(45));
        Learner l = new Learner(Learner.document(Duration.ofHours(1)), CreditedSoFar.nothing(), Learner.T0, oneTry,
                new SplittableRandom(5));
        String nonce = reachCheck(l).challenge().nonce();
        PresenceOutcome failed = l.answer(Duration.ofSeconds(3), nonce, l.wrongDigits()).orElseThrow();
        assertEquals(PresenceOutcome.Result.FAILED, failed.result());
        assertEquals(1, failed.tries());
    }

    @Test
    void anAnswerAfterTheDeadlineIsMissedAndBlocksCrediting() {
        Learner l = learner();
        HeartbeatOutcome issued = reachCheck(l);
        String nonce = issued.challenge().nonce();
        String digits = l.correctDigits();
        Instant due = issued.challenge().dueBy();
        l.now = due;
        PresenceOutcome missed = l.answer(Duration.ofMillis(1), nonce, digits).orElseThrow();
        assertEquals(PresenceOutcome.Result.MISSED, missed.result());
        assertTrue(l.session.presenceBlocked());
        String fresh = l.pendingNonce();
        assertNotEquals(nonce, fresh);

        HeartbeatOutcome blocked = l.beat(TEN);
        assertEquals(NoCreditReason.PRESENCE_FAILED, blocked.reason());
        assertEquals(Duration.ZERO, blocked.credited());

        assertEquals(PresenceOutcome.Result.PASSED,
                l.answer(Duration.ofSeconds(2), fresh, l.correctDigits()).orElseThrow().result());
        assertEquals(Duration.ofSeconds(3), l.beat(Duration.ofSeconds(3)).credited());
    }

    @Test
    void anAnswerExactlyAtTheDeadlineStillCounts() {
        Learner l = learner();
        HeartbeatOutcome issued = reachCheck(l);
        l.now = issued.challenge().dueBy();
        assertEquals(PresenceOutcome.Result.PASSED,
                l.answer(Duration.ZERO, issued.challenge().nonce(), l.correctDigits()).orElseThrow().result());
    }

    @Test
    void aBeatAfterTheDeadlineClosesTheCheckAsMissedAndIssuesANewOne() {
        Learner l = learner();
        HeartbeatOutcome issued = reachCheck(l);
        String nonce = issued.challenge().nonce();
        Instant due = issued.challenge().dueBy();
        HeartbeatOutcome o;
        do {
            o = l.beat(TEN);
            assertEquals(Duration.ZERO, o.credited());
        } while (!l.now.isAfter(due));
        assertEquals(NoCreditReason.PRESENCE_FAILED, o.reason());
        PresenceOutcome closed = o.closedCheck();
        assertNotNull(closed);
        assertEquals(PresenceOutcome.Result.MISSED, closed.result());
        assertEquals(nonce, closed.nonce());
        assertEquals(l.now, closed.resolvedAt());
        assertNotEquals(nonce, o.challenge().nonce());
        assertEquals(l.now.plus(Duration.ofSeconds(90)), o.challenge().dueBy());
        assertTrue(l.session.presenceBlocked());

        // missing the next one, too, keeps the session blocked
        Instant due2 = o.challenge().dueBy();
        do {
            o = l.beat(TEN);
            assertEquals(Duration.ZERO, o.credited());
            assertEquals(NoCreditReason.PRESENCE_FAILED, o.reason());
        } while (!l.now.isAfter(due2));
        assertEquals(PresenceOutcome.Result.MISSED, o.closedCheck().result());

        String third = l.pendingNonce();
        l.answer(Duration.ofSeconds(4), third, l.correctDigits()).orElseThrow();
        assertEquals(Duration.ofSeconds(1), l.beat(Duration.ofSeconds(1)).credited());
    }

    @Test
    void aFailedCheckIsNotUnblockedByTheOldChallengesAnswer() {
        Learner l = learner();
        String nonce = reachCheck(l).challenge().nonce();
        String oldDigits = l.correctDigits();
        for (int i = 0; i < 3; i++) {
            l.answer(Duration.ofSeconds(1), nonce, l.wrongDigits());
        }
        assertTrue(l.session.presenceBlocked());
        String fresh = l.pendingNonce();
        // the right digits of the old challenge, sent with the new nonce: not a pass unless they happen to match
        if (!oldDigits.equals(l.correctDigits())) {
            assertTrue(l.answer(Duration.ofSeconds(1), fresh, oldDigits).isEmpty());
            assertTrue(l.session.presenceBlocked());
        }
        assertEquals(Duration.ZERO, l.beat(TEN).credited());
    }
}

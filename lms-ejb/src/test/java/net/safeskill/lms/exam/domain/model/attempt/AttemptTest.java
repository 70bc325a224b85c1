package net.safeskill.lms.exam.domain.model.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.safeskill.lms.shared.domain.DomainException;

class AttemptTest {

    private static final Instant OPENS = Instant.parse("2026-11-23T01:00:00Z");
    private static final Instant CLOSES = OPENS.plus(Duration.ofHours(2));
    private static final Duration NINETY_MINUTES = Duration.ofMinutes(90);
    private static final String PHONE = "device-phone";
    private static final String LAPTOP = "device-laptop";

    private static Attempt admitted() {
        return Attempt.admit(7, 42, 99, 10, OPENS.minusSeconds(3600));
    }

    private static Attempt started(Instant at) {
        Attempt a = admitted();
        a.open(PHONE, at, OPENS, CLOSES, NINETY_MINUTES, TakeoverPolicy.REFUSE);
        return a;
    }

    private static void refused(String code, Runnable action) {
        DomainException e = assertThrows(DomainException.class, action::run);
        assertEquals(code, e.code());
    }

    @Test
    void startsOnlyInsideTheWindowAndTheDeadlineIsTheEarlierOfDurationAndWindowEnd() {
        refused("exam.attempt.outsideWindow", () -> admitted().open(PHONE, OPENS.minusSeconds(1), OPENS, CLOSES,
                NINETY_MINUTES, TakeoverPolicy.REFUSE));
        refused("exam.attempt.outsideWindow", () -> admitted().open(PHONE, CLOSES, OPENS, CLOSES, NINETY_MINUTES,
                TakeoverPolicy.REFUSE));

        Attempt early = started(OPENS.plusSeconds(60));
        assertEquals(OPENS.plusSeconds(60).plus(NINETY_MINUTES), early.deadline());
        assertEquals(AttemptStatus.STARTED, early.status());
        Attempt late = started(CLOSES.minus(Duration.ofMinutes(30)));
        assertEquals(CLOSES, late.deadline(), "a late starter gets only what is left of the window");
        assertEquals(Duration.ofMinutes(10), late.remaining(CLOSES.minus(Duration.ofMinutes(10))));
        assertEquals(Duration.ZERO, late.remaining(CLOSES.plusSeconds(5)));
    }

    @Test
    void aReloadOnTheSameDeviceResumesWithTheAnswersFlagsPositionAndTimeLeft() {
        Instant t = OPENS.plusSeconds(10);
        Attempt a = started(t);
        a.answer(PHONE, 0, 1, "B", t.plusSeconds(20));
        a.flag(PHONE, 3, 2, true, t.plusSeconds(30));
        a.navigate(PHONE, 3, 3, t.plusSeconds(31));
        a.answer(PHONE, 3, 4, "A,C", t.plusSeconds(40));

        assertEquals(StepKind.RESUMED, a.open(PHONE, t.plusSeconds(600), OPENS, CLOSES, NINETY_MINUTES,
                TakeoverPolicy.REFUSE));
        assertEquals(Map.of(0, "B", 3, "A,C"), a.answers());
        assertEquals(java.util.Set.of(3), a.flagged());
        assertEquals(3, a.position());
        assertEquals(5, a.nextClientSeq());
        assertEquals(NINETY_MINUTES.minusSeconds(600), a.remaining(t.plusSeconds(600)));
    }

    @Test
    void aResendChangesNothingAndAnOlderAnswerNeverReplacesANewerOne() {
        Instant t = OPENS.plusSeconds(10);
        Attempt a = started(t);
        assertEquals(StepOutcome.RECORDED, a.answer(PHONE, 1, 7, "C", t.plusSeconds(1)));
        int steps = a.steps().size();
        assertEquals(StepOutcome.ALREADY_RECORDED, a.answer(PHONE, 1, 7, "C", t.plusSeconds(2)), "resend");
        assertEquals(StepOutcome.ALREADY_RECORDED, a.answer(PHONE, 1, 5, "A", t.plusSeconds(3)), "older, late");
        assertEquals(steps, a.steps().size(), "neither was written");
        assertEquals("C", a.answers().get(1));

        // a step lost on the way and resent after newer steps for other items is still written
        assertEquals(StepOutcome.RECORDED, a.answer(PHONE, 2, 9, "D", t.plusSeconds(4)));
        assertEquals(StepOutcome.RECORDED, a.answer(PHONE, 4, 8, "B", t.plusSeconds(5)));
        assertEquals("B", a.answers().get(4));
        assertEquals(10, a.nextClientSeq());
    }

    @Test
    void clearingAnAnswerIsAStepToo() {
        Instant t = OPENS.plusSeconds(10);
        Attempt a = started(t);
        a.answer(PHONE, 1, 1, "C", t);
        a.answer(PHONE, 1, 2, "", t.plusSeconds(1));
        assertFalse(a.answers().containsKey(1));
        assertEquals(3, a.steps().size(), "started + two answers: nothing overwritten");
    }

    @Test
    void afterTheDeadlineNothingIsWrittenAndTheServerHandsInWhatWasRecordedInTime() {
        Instant t = OPENS.plusSeconds(10);
        Attempt a = started(t);
        Instant deadline = a.deadline();
        a.answer(PHONE, 0, 1, "A", deadline.minusMillis(1));
        refused("exam.attempt.timeUp", () -> a.answer(PHONE, 1, 2, "B", deadline));
        refused("exam.attempt.timeUp", () -> a.open(PHONE, deadline.plusSeconds(1), OPENS, CLOSES, NINETY_MINUTES,
                TakeoverPolicy.REFUSE));

        assertFalse(a.submitIfDue(deadline.minusMillis(1)));
        assertTrue(a.submitIfDue(deadline.plusMillis(300)));
        assertEquals(AttemptStatus.SUBMITTED, a.status());
        assertEquals(StepSource.SERVER, a.submittedBy());
        assertEquals(Map.of(0, "A"), a.answers());
        assertFalse(a.submitIfDue(deadline.plusSeconds(5)), "the deadline job on another node finds it handed in");
        assertEquals(StepOutcome.ALREADY_RECORDED, a.submit(PHONE, 3, deadline.plusSeconds(6)), "the page's submit");
        assertEquals(1, a.steps().stream().filter(s -> s.kind() == StepKind.SUBMIT).count(), "handed in once");
        refused("exam.attempt.submitted", () -> a.answer(PHONE, 0, 9, "B", deadline.minusSeconds(1)));
    }

    @Test
    void aSubmitPressedLateHandsInAsTheServerWould() {
        Instant t = OPENS.plusSeconds(10);
        Attempt a = started(t);
        assertEquals(StepOutcome.RECORDED, a.submit(PHONE, 1, a.deadline().plusSeconds(2)));
        assertEquals(StepSource.SERVER, a.submittedBy());
    }

    @Test
    void theCandidateHandsInOnceEvenWhenTheButtonIsPressedTwice() {
        Instant t = OPENS.plusSeconds(10);
        Attempt a = started(t);
        assertEquals(StepOutcome.RECORDED, a.submit(PHONE, 1, t.plusSeconds(100)));
        assertEquals(StepOutcome.ALREADY_RECORDED, a.submit(PHONE, 2, t.plusSeconds(101)));
        assertEquals(StepSource.CANDIDATE, a.submittedBy());
        assertEquals(t.plusSeconds(100), a.submittedAt());
        refused("exam.attempt.submitted", () -> a.open(PHONE, t.plusSeconds(200), OPENS, CLOSES, NINETY_MINUTES,
                TakeoverPolicy.TAKE_OVER));
    }

    @Test
    void aSecondDeviceIsRefusedOrTakesOverAndThenTheFirstCannotWrite() {
        Instant t = OPENS.plusSeconds(10);
        Attempt refusing = started(t);
        refused("exam.attempt.otherDevice", () -> refusing.open(LAPTOP, t.plusSeconds(5), OPENS, CLOSES,
                NINETY_MINUTES, TakeoverPolicy.REFUSE));

        Attempt a = started(t);
        a.answer(PHONE, 0, 1, "A", t.plusSeconds(1));
        assertEquals(StepKind.TAKEN_OVER, a.open(LAPTOP, t.plusSeconds(5), OPENS, CLOSES, NINETY_MINUTES,
                TakeoverPolicy.TAKE_OVER));
        refused("exam.attempt.otherDevice", () -> a.answer(PHONE, 0, 2, "B", t.plusSeconds(6)));
        refused("exam.attempt.otherDevice", () -> a.submit(PHONE, 3, t.plusSeconds(7)));
        long next = a.nextClientSeq();
        assertEquals(StepOutcome.RECORDED, a.answer(LAPTOP, 0, next, "C", t.plusSeconds(8)));
        assertEquals("C", a.answers().get(0));
        assertEquals(t.plus(NINETY_MINUTES), a.deadline(), "a take-over does not restart the clock");
    }

    @Test
    void refusesWhatNoPageShouldSend() {
        Attempt notStarted = admitted();
        refused("exam.attempt.notStarted", () -> notStarted.answer(PHONE, 0, 1, "A", OPENS.plusSeconds(1)));
        refused("exam.attempt.notStarted", () -> notStarted.submit(PHONE, 1, OPENS.plusSeconds(1)));
        Instant t = OPENS.plusSeconds(10);
        Attempt a = started(t);
        refused("exam.attempt.noSuchItem", () -> a.answer(PHONE, 10, 1, "A", t));
        refused("exam.attempt.noSuchItem", () -> a.flag(PHONE, -1, 1, true, t));
        refused("exam.attempt.sequence", () -> a.answer(PHONE, 0, 0, "A", t));
        refused("exam.attempt.answerTooLong", () -> a.answer(PHONE, 0, 1, "字".repeat(Attempt.MAX_ANSWER_CHARS + 1),
                t));
        refused("exam.attempt.device", () -> a.answer(" ", 0, 1, "A", t));
        refused("exam.attempt.itemCount", () -> Attempt.admit(1, 1, 1, 0, t));
        refused("exam.attempt.duration", () -> admitted().open(PHONE, t, OPENS, CLOSES, Duration.ZERO,
                TakeoverPolicy.REFUSE));
        assertNull(a.position());
        assertEquals(1, a.steps().size(), "only the start was written");
    }

    /**
     * A flaky network: the page sends numbered answers, resends the unacknowledged ones in random order, some twice,
     * some arriving long after newer ones. Whatever arrives, each item's answer is that of its highest number.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void underAnyOrderOfDeliveryEachItemEndsWithItsNewestAnswer(long seed) {
        Random random = new Random(seed);
        Instant t = OPENS.plusSeconds(10);
        Attempt a = started(t);
        List<long[]> sent = new ArrayList<>(); // {item, seq}
        Map<Integer, Long> newest = new HashMap<>();
        for (long seq = 1; seq <= 300; seq++) {
            int item = random.nextInt(10);
            sent.add(new long[] {item, seq});
            newest.merge(item, seq, Math::max);
        }
        List<long[]> deliveries = new ArrayList<>(sent);
        for (int i = 0; i < 200; i++) {
            deliveries.add(sent.get(random.nextInt(sent.size()))); // duplicates
        }
        Collections.shuffle(deliveries, random);
        Instant clock = t;
        for (long[] d : deliveries) {
            clock = clock.plusMillis(100);
            a.answer(PHONE, (int) d[0], d[1], "answer-" + d[1], clock);
        }
        newest.forEach((item, seq) -> assertEquals("answer-" + seq, a.answers().get(item), "item " + item));
        Map<Integer, Long> lastWritten = new HashMap<>();
        for (AttemptStep s : a.steps()) {
            if (s.kind() == StepKind.ANSWER) {
                Long before = lastWritten.put(s.itemIndex(), s.clientSeq());
                assertTrue(before == null || before < s.clientSeq(), "the log only ever moves forward per item");
            }
        }
        assertEquals(301, a.nextClientSeq());
    }
}

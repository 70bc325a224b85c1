package net.safeskill.lms.study.domain.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.safeskill.lms.study.domain.model.ledger.CreditSource;
import net.safeskill.lms.study.domain.model.ledger.CreditedPeriod;
import net.safeskill.lms.study.domain.model.ledger.StudyMode;

/**
 * Rule 8, property style: seeded random sequences of thousands of beats (random gaps, replays, clocks going back,
 * flags, rates, honest and forged positions, presence answers) never credit more than wall-clock time, never more than
 * the caps, exactly the sum of the ledger rows, and the rows never overlap.
 */
class StudySessionPropertyTest {

    private static final int BEATS = 4000;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 17, 42, 99, 2024, 31337, 8_000_001, -5, Long.MAX_VALUE})
    void randomBeatsNeverCreditMoreThanTimeCapsOrLedger(long seed) {
        SplittableRandom gen = new SplittableRandom(seed);
        boolean video = gen.nextBoolean();
        StudyRules rules = new StudyRules(Duration.ofSeconds(5 + gen.nextInt(116)), 1.0 + gen.nextInt(3) * 0.5,
                Duration.ofSeconds(gen.nextInt(31)), Duration.ofMinutes(1 + gen.nextInt(10)),
                Duration.ofMinutes(11 + gen.nextInt(20)), Duration.ofSeconds(15 + gen.nextInt(200)),
                1 + gen.nextInt(4), Duration.ofMinutes(30 + gen.nextInt(60)), Duration.ofMinutes(45));
        Duration lessonLength = Duration.ofMinutes(60 + gen.nextInt(600));
        Duration courseLength = lessonLength.plusMinutes(gen.nextInt(300));
        CreditedSoFar soFar = new CreditedSoFar(Duration.ofMinutes(gen.nextInt(30)),
                Duration.ofSeconds(gen.nextInt(120)), Duration.ofSeconds(gen.nextInt(600)),
                gen.nextInt(4) == 0 ? lessonLength.toSeconds() : gen.nextDouble() * 60);
        StudyTarget target = new StudyTarget(3, 4, video ? MediaKind.VIDEO : MediaKind.DOCUMENT, lessonLength,
                courseLength);
        // start late in the evening so that several runs cross Shanghai midnight
        Instant start = Instant.parse("2026-03-10T14:00:00Z").plusSeconds(gen.nextInt(4 * 3600));
        Learner l = new Learner(target, soFar, start, rules, new SplittableRandom(seed * 31 + 7));
        double lengthS = lessonLength.toMillis() / 1000.0;

        List<CreditedPeriod> periods = new ArrayList<>();
        Map<LocalDate, Long> byDay = new HashMap<>();
        long outcomesTotal = 0;
        Instant latestBeat = start;
        Instant creditableFrom = start; // no credit may start before the last passed presence check
        List<Instant[]> uncreditable = new ArrayList<>(); // [issued, passed] of each presence check
        Instant issuedAt = null;
        double position = soFar.furthestPosition() > 0 && gen.nextBoolean() ? soFar.furthestPosition() : 0;

        for (int i = 0; i < BEATS; i++) {
            // presence: sometimes answer right, sometimes wrong, sometimes with a stale nonce, sometimes not at all
            if (l.session.pendingChallenge().isPresent() && gen.nextInt(3) == 0) {
                Instant at = l.now.plusMillis(gen.nextInt(120_000));
                String nonce = l.pendingNonce();
                int kind = gen.nextInt(10);
                String answer = kind < 6 ? l.correctDigits() : l.wrongDigits();
                l.now = at;
                if (kind == 9) {
                    try {
                        l.session.answerPresence(nonce + "0", answer, at, rules, l.random);
                    } catch (net.safeskill.lms.shared.domain.DomainException expected) {
                        assertEquals("study.presenceStale", expected.code());
                    }
                } else {
                    var outcome = l.session.answerPresence(nonce, answer, at, rules, l.random);
                    if (outcome.isPresent() && outcome.get().result() == PresenceOutcome.Result.PASSED) {
                        assertTrue(kind < 6);
                        uncreditable.add(new Instant[] {issuedAt, at});
                        creditableFrom = max(creditableFrom, at);
                        issuedAt = null;
                        assertFalse(l.session.presenceBlocked());
                    }
                }
            }

            // the gap: floods, normal beats, late beats, clocks going back
            int g = gen.nextInt(100);
            long gapMs = g < 15 ? gen.nextInt(200)
                    : g < 75 ? 5_000 + gen.nextInt(15_000)
                    : g < 88 ? 15_000 + gen.nextInt(120_000)
                    : g < 94 ? 600_000 + gen.nextInt(3_600_000)
                    : -gen.nextInt(60_000);
            Instant now = l.now.plusMillis(gapMs);

            long sequence = gen.nextInt(20) == 0 ? l.seq - gen.nextInt(3) : l.seq + 1 + (gen.nextInt(10) == 0 ? 5 : 0);
            boolean visible = gen.nextInt(10) != 0;
            boolean playing = gen.nextInt(10) != 0;
            double[] rates = {1.0, 1.0, 1.0, 0.5, 1.25, 1.5, 2.0, 3.0, 0.0, -1.0, Double.NaN};
            double rate = rates[gen.nextInt(rates.length)];

            Double reported;
            int p = gen.nextInt(100);
            if (p < 70) { // honest play
                position = Math.min(lengthS, Math.max(0, position + Math.max(0, gapMs) / 1000.0
                        * (Double.isFinite(rate) && rate > 0 ? rate : 1)));
                reported = position;
            } else if (p < 80) { // frozen
                reported = position;
            } else if (p < 88) { // forged jump
                reported = gen.nextDouble() * lengthS;
            } else if (p < 92) { // jump just inside the tolerance
                reported = position + Math.max(0, gapMs) / 1000.0 + rules.seekTolerance().toMillis() / 1000.0;
            } else {
                Double[] bad = {null, Double.NaN, -3.0, lengthS + 3600, Double.POSITIVE_INFINITY};
                reported = bad[gen.nextInt(bad.length)];
            }
            if (!video) {
                reported = null;
            }

            boolean pendingBefore = l.session.pendingChallenge().isPresent();
            boolean blockedBefore = l.session.presenceBlocked();
            Instant lastBeatBefore = l.session.lastBeatAt();
            long creditedBefore = l.session.sessionCredited().toMillis();

            l.now = now;
            HeartbeatOutcome o = l.session.heartbeat(new HeartbeatReport(sequence, visible, playing, rate, reported),
                    now, rules, l.random, Learner.ZONE);
            if (sequence > l.seq) {
                l.seq = sequence;
            }
            if (o.rewindTo() != null) {
                position = o.rewindTo();
            }
            if (o.challenge() != null && issuedAt == null) {
                issuedAt = now;
            }

            long credited = o.credited().toMillis();
            assertTrue(credited >= 0);
            assertEquals(credited, l.session.sessionCredited().toMillis() - creditedBefore);
            outcomesTotal += credited;
            if (o.reason() == NoCreditReason.STALE) {
                assertEquals(lastBeatBefore, l.session.lastBeatAt(), "a stale beat moved the clock");
            } else {
                latestBeat = max(latestBeat, now);
            }
            if (pendingBefore || blockedBefore || !visible || !playing || o.reason() == NoCreditReason.STALE
                    || !(rate > 0 && rate <= rules.maxPlaybackRate())) {
                assertEquals(0, credited, "beat " + i + " credited " + credited + " ms with reason " + o.reason());
            }
            assertTrue(credited <= rules.maxCreditPerBeat().toMillis());
            assertTrue(credited <= Math.max(0, Duration.between(lastBeatBefore, now).toMillis()),
                    "beat " + i + " credited more than the time since the last beat");

            if (o.period().isPresent()) {
                CreditedPeriod period = o.period().get();
                assertTrue(credited > 0);
                assertEquals(now, period.endedAt());
                assertEquals(now.minusMillis(credited), period.startedAt());
                assertEquals(StudyMode.ONLINE, period.mode());
                assertEquals(CreditSource.HEARTBEAT, period.source());
                assertEquals(3L, period.courseId());
                assertEquals(4L, period.lessonId());
                assertFalse(period.startedAt().isBefore(creditableFrom), "credited time spent answering a check");
                periods.add(period);
                byDay.merge(period.endedAt().atZone(Learner.ZONE).toLocalDate(), credited, Long::sum);
            } else {
                assertEquals(0, credited);
            }
        }

        long ledgerTotal = periods.stream().mapToLong(x -> x.duration().toMillis()).sum();
        long sessionTotal = l.session.sessionCredited().toMillis();
        assertEquals(ledgerTotal, sessionTotal, "session total is the sum of its ledger rows");
        assertEquals(outcomesTotal, sessionTotal);
        assertTrue(sessionTotal > 0, "the scenario credits something (seed " + seed + ")");
        assertTrue(periods.size() > 20, "the scenario credits often (seed " + seed + "): " + periods.size());
        assertFalse(uncreditable.isEmpty(), "the scenario passes presence checks (seed " + seed + ")");

        // never more than wall-clock time between start and the last beat
        assertTrue(sessionTotal <= Duration.between(start, latestBeat).toMillis());

        // the periods never overlap, and lie within [start, last beat]
        for (int k = 0; k < periods.size(); k++) {
            CreditedPeriod cur = periods.get(k);
            assertFalse(cur.startedAt().isBefore(start));
            assertFalse(cur.endedAt().isAfter(latestBeat));
            if (k > 0) {
                CreditedPeriod prev = periods.get(k - 1);
                assertFalse(cur.startedAt().isBefore(prev.endedAt()),
                        "period " + k + " " + cur.startedAt() + " overlaps " + prev.endedAt());
            }
            for (Instant[] gap : uncreditable) {
                boolean overlaps = cur.startedAt().isBefore(gap[1]) && cur.endedAt().isAfter(gap[0]);
                assertFalse(overlaps, "credited time while a presence check was open");
            }
        }

        // never more than the caps
        assertTrue(l.session.lessonCredited().compareTo(max(lessonLength, soFar.lesson())) <= 0);
        assertEquals(soFar.lesson().toMillis() + sessionTotal, l.session.lessonCredited().toMillis());
        assertTrue(l.session.courseCredited().compareTo(courseLength) <= 0);
        assertEquals(soFar.course().toMillis() + sessionTotal, l.session.courseCredited().toMillis());
        LocalDate firstDay = start.atZone(Learner.ZONE).toLocalDate();
        for (Map.Entry<LocalDate, Long> day : byDay.entrySet()) {
            long already = day.getKey().equals(firstDay) ? soFar.today().toMillis() : 0;
            assertTrue(already + day.getValue() <= rules.dailyOnlineCap().toMillis(),
                    day.getKey() + ": " + day.getValue() + " ms over the daily cap");
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

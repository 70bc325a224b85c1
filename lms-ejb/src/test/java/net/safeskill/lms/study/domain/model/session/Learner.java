package net.safeskill.lms.study.domain.model.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Test driver: one learner's page talking to one {@link StudySession}, on a simulated server clock.
 */
final class Learner {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final long PERSON = 7L;
    static final long COURSE = 11L;
    static final long LESSON = 13L;
    static final String REGION = "JIANGSU";
    /** 2026-03-10 10:00 in Shanghai. */
    static final Instant T0 = Instant.parse("2026-03-10T02:00:00Z");

    /** Default rules but with presence checks pushed as far out as allowed (2 h), for tests not about presence. */
    static StudyRules noPresenceRules() {
        return new StudyRules(Duration.ofSeconds(30), 1.0, Duration.ofSeconds(5), Duration.ofHours(2),
                Duration.ofHours(2), Duration.ofSeconds(90), 3, Duration.ofHours(8), Duration.ofMinutes(45));
    }

    static StudyTarget document(Duration lessonLength) {
        return new StudyTarget(COURSE, LESSON, MediaKind.DOCUMENT, lessonLength, Duration.ofHours(20));
    }

    static StudyTarget video(Duration lessonLength) {
        return new StudyTarget(COURSE, LESSON, MediaKind.VIDEO, lessonLength, Duration.ofHours(20));
    }

    final StudyRules rules;
    final RandomGenerator random;
    final StudySession session;
    final Instant start;
    Instant now;
    long seq;

    Learner(StudyTarget target, CreditedSoFar soFar, Instant start, StudyRules rules, RandomGenerator random) {
        this.rules = rules;
        this.random = random;
        this.start = start;
        this.now = start;
        this.session = StudySession.start(PERSON, REGION, target, soFar, start, rules, random, ZONE);
    }

    static Learner document() {
        return new Learner(document(Duration.ofHours(1)), CreditedSoFar.nothing(), T0, noPresenceRules(),
                new SplittableRandom(1));
    }

    static Learner video(Duration length, double furthestSoFar) {
        return new Learner(video(length), new CreditedSoFar(Duration.ZERO, Duration.ZERO, Duration.ZERO, furthestSoFar),
                T0, noPresenceRules(), new SplittableRandom(1));
    }

    /** A beat with the next sequence number at the given instant (the clock is set to it). */
    HeartbeatOutcome beatAt(Instant at, boolean visible, boolean playing, double rate, Double position) {
        now = at;
        return session.heartbeat(new HeartbeatReport(++seq, visible, playing, rate, position), at, rules, random, ZONE);
    }

    /** A beat with an explicit sequence number. */
    HeartbeatOutcome beatWithSequence(long sequence, Duration after) {
        now = now.plus(after);
        return session.heartbeat(new HeartbeatReport(sequence, true, true, 1.0, null), now, rules, random, ZONE);
    }

    /** A normal beat of a document lesson (visible, active), {@code after} the previous one. */
    HeartbeatOutcome beat(Duration after) {
        return beatAt(now.plus(after), true, true, 1.0, null);
    }

    HeartbeatOutcome beat(Duration after, boolean visible, boolean playing, double rate) {
        return beatAt(now.plus(after), visible, playing, rate, null);
    }

    /** A normal beat of a video lesson playing at 1.0x at the given position. */
    HeartbeatOutcome play(Duration after, Double position) {
        return beatAt(now.plus(after), true, true, 1.0, position);
    }

    HeartbeatOutcome play(Duration after, double rate, Double position) {
        return beatAt(now.plus(after), true, true, rate, position);
    }

    Optional<PresenceOutcome> answer(Duration after, String nonce, String answer) {
        now = now.plus(after);
        return session.answerPresence(nonce, answer, now, rules, random);
    }

    String pendingNonce() {
        return session.pendingChallenge().orElseThrow().nonce();
    }

    String correctDigits() {
        return session.challengeDigits(pendingNonce()).orElseThrow();
    }

    /** Four digits that differ from the right answer in every place. */
    String wrongDigits() {
        StringBuilder b = new StringBuilder();
        for (char c : correctDigits().toCharArray()) {
            b.append((char) ('0' + (c - '0' + 1) % 10));
        }
        return b.toString();
    }

    static long ms(Duration d) {
        return d.toMillis();
    }
}

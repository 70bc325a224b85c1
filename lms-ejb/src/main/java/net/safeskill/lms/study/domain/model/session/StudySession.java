package net.safeskill.lms.study.domain.model.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.study.domain.model.ledger.CreditedPeriod;

/**
 * A study session (学习会话): one person studying one lesson in one page. It turns the page's heartbeats into
 * ledger rows by the rules of C1 and C2, on the server's clock:
 * <ul>
 *   <li>one active session per person: a new one takes over, and the old one's beats are refused;</li>
 *   <li>each beat credits at most the real time since the last accepted beat, and never more than
 *       {@link StudyRules#maxCreditPerBeat()}, so a late or forged beat cannot claim a long gap;</li>
 *   <li>nothing while the page is hidden, the video paused, or played faster than allowed;</li>
 *   <li>on a first viewing, a video position past the furthest point watched (plus the time since) is refused and
 *       the player is sent back;</li>
 *   <li>presence checks at random server-chosen moments: from the moment a check is issued until it is passed,
 *       nothing is credited; a missed or failed check blocks crediting until a new one is passed;</li>
 *   <li>the daily cap, the lesson's length and the course's total duration bound the total.</li>
 * </ul>
 * The session keeps running totals that were loaded from the ledger when it started; being the person's only
 * active session, it is the only writer of their online credit while it lives.
 */
@Entity
@Table(name = "study_session")
public class StudySession {

    /** Digits in a presence challenge. */
    static final int CHALLENGE_DIGITS = 4;

    /** Slack for a video player's position reports, on top of 10 % of the advance. */
    static final long JITTER_MS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    /** The person's id while this session is active, else {@code null}: a unique column, so two active sessions cannot exist. */
    @Column(name = "active_person_id")
    private Long activePersonId;

    /** The region whose {@link StudyRules} the session follows for its whole life. */
    @Column(name = "region", nullable = false, updatable = false, length = 16)
    private String region;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "lesson_id", nullable = false, updatable = false)
    private long lessonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "media_kind", nullable = false, updatable = false, length = 16)
    private MediaKind kind;

    @Column(name = "lesson_length_ms", nullable = false, updatable = false)
    private long lessonLengthMs;

    @Column(name = "course_length_ms", nullable = false, updatable = false)
    private long courseLengthMs;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private SessionStatus status;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "last_beat_at", nullable = false)
    private Instant lastBeatAt;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "beats", nullable = false)
    private long beats;

    @Column(name = "first_viewing", nullable = false, updatable = false)
    private boolean firstViewing;

    @Column(name = "last_position")
    private Double lastPosition;

    @Column(name = "furthest_position", nullable = false)
    private double furthestPosition;

    @Column(name = "credit_day", nullable = false)
    private LocalDate creditDay;

    @Column(name = "day_credited_ms", nullable = false)
    private long dayCreditedMs;

    @Column(name = "lesson_credited_ms", nullable = false)
    private long lessonCreditedMs;

    @Column(name = "course_credited_ms", nullable = false)
    private long courseCreditedMs;

    @Column(name = "session_credited_ms", nullable = false)
    private long sessionCreditedMs;

    @Column(name = "next_check_at", nullable = false)
    private Instant nextCheckAt;

    @Column(name = "challenge_nonce", length = 32)
    private String challengeNonce;

    @Column(name = "challenge_answer", length = 8)
    private String challengeAnswer;

    @Column(name = "challenge_issued_at")
    private Instant challengeIssuedAt;

    @Column(name = "challenge_due_by")
    private Instant challengeDueBy;

    @Column(name = "challenge_tries", nullable = false)
    private int challengeTries;

    /** A check was missed or failed: nothing is credited until a new one is passed. */
    @Column(name = "presence_blocked", nullable = false)
    private boolean presenceBlocked;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected StudySession() {
        // for JPA
    }

    /**
     * Starts a session. The caller ends (takes over) the person's previous active session first.
     *
     * @param region the region whose rules the session follows
     * @param soFar what the ledger already credits the person (today, lesson, course, furthest position)
     * @param zone  the zone whose calendar day the daily cap counts in
     */
    public static StudySession start(long personId, String region, StudyTarget target, CreditedSoFar soFar, Instant now,
                                     StudyRules rules, RandomGenerator random, ZoneId zone) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(soFar, "soFar");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(rules, "rules");
        StudySession s = new StudySession();
        s.publicId = UUID.randomUUID().toString();
        s.personId = personId;
        s.region = Objects.requireNonNull(region, "region");
        s.activePersonId = personId;
        s.courseId = target.courseId();
        s.lessonId = target.lessonId();
        s.kind = target.kind();
        s.lessonLengthMs = target.lessonLength().toMillis();
        s.courseLengthMs = target.courseLength().toMillis();
        s.status = SessionStatus.ACTIVE;
        s.startedAt = now;
        s.lastBeatAt = now;
        s.furthestPosition = Math.max(0, soFar.furthestPosition());
        s.firstViewing = target.kind() == MediaKind.VIDEO
                && s.furthestPosition * 1000 < s.lessonLengthMs - rules.seekTolerance().toMillis();
        s.creditDay = LocalDate.ofInstant(now, zone);
        s.dayCreditedMs = soFar.today().toMillis();
        s.lessonCreditedMs = soFar.lesson().toMillis();
        s.courseCreditedMs = soFar.course().toMillis();
        s.nextCheckAt = now.plus(randomBetween(rules.presenceMin(), rules.presenceMax(), random));
        return s;
    }

    /**
     * Judges one heartbeat. Always moves the session's clock to {@code now} (unless the beat is stale), so that time
     * that was not creditable cannot be claimed by a later beat.
     */
    public HeartbeatOutcome heartbeat(HeartbeatReport report, Instant now, StudyRules rules, RandomGenerator random,
                                      ZoneId zone) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(now, "now");
        requireActive();
        if (report.sequence() <= lastSequence) {
            return outcome(null, NoCreditReason.STALE, null, null);
        }
        lastSequence = report.sequence();
        beats++;
        Instant from = lastBeatAt.isAfter(now) ? now : lastBeatAt;
        lastBeatAt = now.isAfter(lastBeatAt) ? now : lastBeatAt;
        long previousDayCreditedMs = dayCreditedMs;
        boolean newDay = rollDay(now, zone);
        long elapsedMs = Math.min(Duration.between(from, now).toMillis(), rules.maxCreditPerBeat().toMillis());

        PresenceOutcome closed = null;
        if (challengeNonce != null) {
            if (now.isAfter(challengeDueBy)) {
                closed = new PresenceOutcome(challengeNonce, challengeIssuedAt, now, PresenceOutcome.Result.MISSED,
                        challengeTries);
                presenceBlocked = true;
                issueChallenge(now, rules, random);
            }
            return outcome(null, presenceBlocked ? NoCreditReason.PRESENCE_FAILED : NoCreditReason.PRESENCE_PENDING,
                    null, closed);
        }
        if (presenceBlocked) {
            issueChallenge(now, rules, random);
            return outcome(null, NoCreditReason.PRESENCE_FAILED, null, null);
        }

        CreditedPeriod period = null;
        NoCreditReason reason;
        Double positionFrom = lastPosition;
        if (!report.visible()) {
            reason = NoCreditReason.HIDDEN;
        } else if (!report.playing()) {
            reason = NoCreditReason.PAUSED;
        } else if (!(report.playbackRate() > 0) || report.playbackRate() > rules.maxPlaybackRate() + 1e-9) {
            reason = NoCreditReason.TOO_FAST;
        } else {
            long creditMs = elapsedMs;
            reason = NoCreditReason.NONE;
            if (kind == MediaKind.VIDEO) {
                Double p = report.position();
                double toleranceS = rules.seekTolerance().toMillis() / 1000.0;
                if (p == null || !Double.isFinite(p) || p < 0 || p * 1000 > lessonLengthMs + rules.seekTolerance().toMillis()) {
                    return outcome(null, NoCreditReason.BAD_POSITION, null, null);
                }
                double allowed = furthestPosition + elapsedMs / 1000.0 * report.playbackRate() + toleranceS;
                if (firstViewing && p > allowed) {
                    lastPosition = furthestPosition;
                    return outcome(null, NoCreditReason.SKIPPED_AHEAD, furthestPosition, null);
                }
                // credit no more than the video really advanced (at its rate), with 10 % + 1 s for player jitter;
                // the first beat of a session only establishes where playback starts
                double advanced = lastPosition == null ? 0 : p - lastPosition;
                long watchedMs = advanced <= 0 ? 0 : Math.round(advanced / report.playbackRate() * 1100) + JITTER_MS;
                creditMs = Math.min(creditMs, watchedMs);
                lastPosition = p;
                // the furthest point grows no faster than real time at the reported rate (+10 % for jitter), so
                // neither the seek tolerance nor a flood of beats can be stacked into a skip
                double reachable = furthestPosition + elapsedMs / 1000.0 * report.playbackRate() * 1.1;
                furthestPosition = Math.max(furthestPosition, Math.min(p, reachable));
            }
            long capMs = rules.dailyOnlineCap().toMillis();
            // a beat whose gap spans local midnight: the part before midnight counts against the previous day's cap
            long beforeMidnightMs = 0;
            if (newDay) {
                long sinceMidnight = Duration.between(creditDay.atStartOfDay(zone).toInstant(), now).toMillis();
                long before = Math.max(0, creditMs - sinceMidnight);
                beforeMidnightMs = Math.min(before, Math.max(0, capMs - previousDayCreditedMs));
                if (beforeMidnightMs < before) {
                    reason = NoCreditReason.DAILY_CAP;
                }
                creditMs = creditMs - before + beforeMidnightMs;
            }
            long dayLeft = capMs - dayCreditedMs + beforeMidnightMs;
            long lessonLeft = lessonLengthMs - lessonCreditedMs;
            long courseLeft = courseLengthMs - courseCreditedMs;
            if (dayLeft < creditMs) {
                creditMs = Math.max(0, dayLeft);
                reason = NoCreditReason.DAILY_CAP;
            }
            if (lessonLeft < creditMs) {
                creditMs = Math.max(0, lessonLeft);
                reason = NoCreditReason.LESSON_FULL;
            }
            if (courseLeft < creditMs) {
                creditMs = Math.max(0, courseLeft);
                reason = NoCreditReason.COURSE_FULL;
            }
            if (creditMs > 0) {
                period = CreditedPeriod.online(personId, courseId, lessonId, id,
                        now.minusMillis(creditMs), now, kind == MediaKind.VIDEO ? positionFrom : null,
                        kind == MediaKind.VIDEO ? lastPosition : null);
                dayCreditedMs += Math.max(0, creditMs - beforeMidnightMs);
                lessonCreditedMs += creditMs;
                courseCreditedMs += creditMs;
                sessionCreditedMs += creditMs;
            } else if (reason == NoCreditReason.NONE && kind == MediaKind.VIDEO) {
                reason = NoCreditReason.PAUSED;
            }
        }
        if (!now.isBefore(nextCheckAt)) {
            issueChallenge(now, rules, random);
        }
        return outcome(period, reason, null, null);
    }

    /**
     * The learner's answer to the pending presence check. Passing unblocks crediting (from now on: the time spent
     * answering is not credited) and schedules the next check at a random moment; too many wrong answers, or an
     * answer after the deadline, fail the check and a new one is issued.
     *
     * @return the finished check, or empty when the answer was wrong but tries remain
     */
    public Optional<PresenceOutcome> answerPresence(String nonce, String answer, Instant now, StudyRules rules,
                                                    RandomGenerator random) {
        requireActive();
        if (challengeNonce == null || nonce == null || !constantTimeEquals(challengeNonce, nonce)) {
            throw new DomainException("study.presenceStale");
        }
        challengeTries++;
        Instant issued = challengeIssuedAt;
        int tries = challengeTries;
        if (now.isAfter(challengeDueBy)) {
            presenceBlocked = true;
            issueChallenge(now, rules, random);
            return Optional.of(new PresenceOutcome(nonce, issued, now, PresenceOutcome.Result.MISSED, tries));
        }
        String given = answer == null ? "" : answer.strip();
        if (constantTimeEquals(challengeAnswer, given)) {
            clearChallenge();
            presenceBlocked = false;
            lastBeatAt = now.isAfter(lastBeatAt) ? now : lastBeatAt;
            nextCheckAt = now.plus(randomBetween(rules.presenceMin(), rules.presenceMax(), random));
            return Optional.of(new PresenceOutcome(nonce, issued, now, PresenceOutcome.Result.PASSED, tries));
        }
        if (tries >= rules.presenceTries()) {
            presenceBlocked = true;
            issueChallenge(now, rules, random);
            return Optional.of(new PresenceOutcome(nonce, issued, now, PresenceOutcome.Result.FAILED, tries));
        }
        return Optional.empty();
    }

    /** Another tab or device of the same person started a session: this one stops counting. */
    public void takenOver(Instant now) {
        if (status == SessionStatus.ACTIVE) {
            status = SessionStatus.TAKEN_OVER;
            activePersonId = null;
            endedAt = now;
        }
    }

    /** The learner left the lesson. */
    public void end(Instant now) {
        if (status == SessionStatus.ACTIVE) {
            status = SessionStatus.ENDED;
            activePersonId = null;
            endedAt = now;
        }
    }

    /** The digits a pending challenge asks for, for rendering as an image; empty when none is pending or the nonce is stale. */
    public Optional<String> challengeDigits(String nonce) {
        if (challengeNonce == null || nonce == null || !constantTimeEquals(challengeNonce, nonce)) {
            return Optional.empty();
        }
        return Optional.of(challengeAnswer);
    }

    public Optional<PresenceChallenge> pendingChallenge() {
        return challengeNonce == null ? Optional.empty() : Optional.of(new PresenceChallenge(challengeNonce, challengeDueBy));
    }

    private void requireActive() {
        if (status != SessionStatus.ACTIVE) {
            throw new DomainException(status == SessionStatus.TAKEN_OVER ? "study.takenOver" : "study.sessionEnded");
        }
    }

    private boolean rollDay(Instant now, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(now, zone);
        if (day.isAfter(creditDay)) {
            creditDay = day;
            dayCreditedMs = 0;
            return true;
        }
        return false;
    }

    private void issueChallenge(Instant now, StudyRules rules, RandomGenerator random) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        challengeNonce = HexFormat.of().formatHex(nonce);
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < CHALLENGE_DIGITS; i++) {
            digits.append(random.nextInt(10));
        }
        challengeAnswer = digits.toString();
        challengeIssuedAt = now;
        challengeDueBy = now.plus(rules.presenceAnswerTime());
        challengeTries = 0;
    }

    private void clearChallenge() {
        challengeNonce = null;
        challengeAnswer = null;
        challengeIssuedAt = null;
        challengeDueBy = null;
        challengeTries = 0;
    }

    private HeartbeatOutcome outcome(CreditedPeriod period, NoCreditReason reason, Double rewindTo,
                                     PresenceOutcome closed) {
        return new HeartbeatOutcome(Optional.ofNullable(period), reason, rewindTo, pendingChallenge().orElse(null),
                closed, Duration.ofMillis(lessonCreditedMs), Duration.ofMillis(courseCreditedMs),
                Duration.ofMillis(dayCreditedMs));
    }

    private static Duration randomBetween(Duration min, Duration max, RandomGenerator random) {
        long span = max.toMillis() - min.toMillis();
        return min.plusMillis(span <= 0 ? 0 : random.nextLong(span + 1));
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public long personId() {
        return personId;
    }

    public String region() {
        return region;
    }

    public long courseId() {
        return courseId;
    }

    public long lessonId() {
        return lessonId;
    }

    public MediaKind kind() {
        return kind;
    }

    public SessionStatus status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant lastBeatAt() {
        return lastBeatAt;
    }

    public double furthestPosition() {
        return furthestPosition;
    }

    public boolean firstViewing() {
        return firstViewing;
    }

    public boolean presenceBlocked() {
        return presenceBlocked;
    }

    public Instant nextCheckAt() {
        return nextCheckAt;
    }

    public Duration sessionCredited() {
        return Duration.ofMillis(sessionCreditedMs);
    }

    public Duration lessonCredited() {
        return Duration.ofMillis(lessonCreditedMs);
    }

    public Duration courseCredited() {
        return Duration.ofMillis(courseCreditedMs);
    }

    public Duration todayCredited() {
        return Duration.ofMillis(dayCreditedMs);
    }

    public Duration lessonLength() {
        return Duration.ofMillis(lessonLengthMs);
    }
}

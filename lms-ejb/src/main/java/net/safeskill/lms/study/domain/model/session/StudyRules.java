package net.safeskill.lms.study.domain.model.session;

import java.time.Duration;
import java.util.Objects;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * Study rules (学时认定规则) of a region profile: how the server turns heartbeats into credited time (C1, C2).
 * Rules are data, configured per region; this value object refuses settings that would let time be invented.
 *
 * @param maxCreditPerBeat   the most one heartbeat can credit, whatever gap it claims (late or forged beats)
 * @param maxPlaybackRate    video watched faster than this is not credited
 * @param seekTolerance      slack for player jitter when checking that a first viewing did not jump ahead
 * @param presenceMin        earliest next presence check after a passed one (server-chosen, random in range)
 * @param presenceMax        latest next presence check
 * @param presenceAnswerTime how long the learner has to answer a presence challenge
 * @param presenceTries      wrong answers allowed per challenge before it counts as failed
 * @param dailyOnlineCap     creditable online time per person and calendar day (China time)
 * @param creditHour         length of one credit hour (学时), e.g. 45 minutes
 */
public record StudyRules(Duration maxCreditPerBeat,
                         double maxPlaybackRate,
                         Duration seekTolerance,
                         Duration presenceMin,
                         Duration presenceMax,
                         Duration presenceAnswerTime,
                         int presenceTries,
                         Duration dailyOnlineCap,
                         Duration creditHour) {

    /** Defaults used when a region has not configured its own: 30 s per beat, 1.0x, checks every 5-15 min, 8 h a day, 45-min hours. */
    public static StudyRules defaults() {
        return new StudyRules(Duration.ofSeconds(30), 1.0, Duration.ofSeconds(5),
                Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofSeconds(90), 3,
                Duration.ofHours(8), Duration.ofMinutes(45));
    }

    public StudyRules {
        Objects.requireNonNull(maxCreditPerBeat, "maxCreditPerBeat");
        Objects.requireNonNull(seekTolerance, "seekTolerance");
        Objects.requireNonNull(presenceMin, "presenceMin");
        Objects.requireNonNull(presenceMax, "presenceMax");
        Objects.requireNonNull(presenceAnswerTime, "presenceAnswerTime");
        Objects.requireNonNull(dailyOnlineCap, "dailyOnlineCap");
        Objects.requireNonNull(creditHour, "creditHour");
        if (maxCreditPerBeat.compareTo(Duration.ofSeconds(5)) < 0 || maxCreditPerBeat.compareTo(Duration.ofMinutes(2)) > 0) {
            throw new DomainException("studyRules.beatCredit", 5, 120);
        }
        if (!(maxPlaybackRate >= 0.5 && maxPlaybackRate <= 2.0)) {
            throw new DomainException("studyRules.playbackRate", "0.5", "2.0");
        }
        if (seekTolerance.isNegative() || seekTolerance.compareTo(Duration.ofSeconds(30)) > 0) {
            throw new DomainException("studyRules.seekTolerance", 0, 30);
        }
        if (presenceMin.compareTo(Duration.ofMinutes(1)) < 0 || presenceMax.compareTo(presenceMin) < 0
                || presenceMax.compareTo(Duration.ofHours(2)) > 0) {
            throw new DomainException("studyRules.presenceInterval", 1, 120);
        }
        if (presenceAnswerTime.compareTo(Duration.ofSeconds(15)) < 0 || presenceAnswerTime.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new DomainException("studyRules.presenceAnswerTime", 15, 600);
        }
        if (presenceTries < 1 || presenceTries > 10) {
            throw new DomainException("studyRules.presenceTries", 1, 10);
        }
        if (dailyOnlineCap.compareTo(Duration.ofMinutes(30)) < 0 || dailyOnlineCap.compareTo(Duration.ofHours(24)) > 0) {
            throw new DomainException("studyRules.dailyCap", "0.5", 24);
        }
        if (creditHour.compareTo(Duration.ofMinutes(40)) < 0 || creditHour.compareTo(Duration.ofMinutes(60)) > 0) {
            throw new DomainException("studyRules.creditHour", 40, 60);
        }
    }

    /** @return the length of the given number of credit hours */
    public Duration creditHours(double hours) {
        return Duration.ofMillis(Math.round(hours * creditHour.toMillis()));
    }

    /** @return credit hours for a duration, rounded down to 0.1 h (a learner never sees more than was credited) */
    public double toCreditHours(Duration credited) {
        return Math.floor(credited.toMillis() * 10.0 / creditHour.toMillis()) / 10.0;
    }
}

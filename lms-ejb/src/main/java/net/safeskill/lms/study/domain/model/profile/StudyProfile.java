package net.safeskill.lms.study.domain.model.profile;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import net.safeskill.lms.study.domain.model.session.StudyRules;

/**
 * A region's study profile (地区学时规则): the {@link StudyRules} that Suzhou and Yiyang each configure. Stored as
 * columns, handed out as the validated value object.
 */
@Entity
@Table(name = "study_profile")
public class StudyProfile {

    @Id
    @Column(name = "region", length = 16)
    private String region;

    @Column(name = "max_credit_per_beat_s", nullable = false)
    private int maxCreditPerBeatSeconds;

    @Column(name = "max_playback_rate", nullable = false, precision = 3, scale = 2)
    private BigDecimal maxPlaybackRate;

    @Column(name = "seek_tolerance_s", nullable = false)
    private int seekToleranceSeconds;

    @Column(name = "presence_min_s", nullable = false)
    private int presenceMinSeconds;

    @Column(name = "presence_max_s", nullable = false)
    private int presenceMaxSeconds;

    @Column(name = "presence_answer_s", nullable = false)
    private int presenceAnswerSeconds;

    @Column(name = "presence_tries", nullable = false)
    private int presenceTries;

    @Column(name = "daily_cap_minutes", nullable = false)
    private int dailyCapMinutes;

    @Column(name = "credit_hour_minutes", nullable = false)
    private int creditHourMinutes;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    @Version
    private long version;

    protected StudyProfile() {
        // for JPA
    }

    public StudyProfile(String region, StudyRules rules, Instant now, String by) {
        this.region = Objects.requireNonNull(region, "region");
        change(rules, now, by);
    }

    public void change(StudyRules rules, Instant now, String by) {
        Objects.requireNonNull(rules, "rules");
        this.maxCreditPerBeatSeconds = (int) rules.maxCreditPerBeat().toSeconds();
        this.maxPlaybackRate = BigDecimal.valueOf(rules.maxPlaybackRate()).setScale(2, java.math.RoundingMode.HALF_UP);
        this.seekToleranceSeconds = (int) rules.seekTolerance().toSeconds();
        this.presenceMinSeconds = (int) rules.presenceMin().toSeconds();
        this.presenceMaxSeconds = (int) rules.presenceMax().toSeconds();
        this.presenceAnswerSeconds = (int) rules.presenceAnswerTime().toSeconds();
        this.presenceTries = rules.presenceTries();
        this.dailyCapMinutes = (int) rules.dailyOnlineCap().toMinutes();
        this.creditHourMinutes = (int) rules.creditHour().toMinutes();
        this.updatedAt = Objects.requireNonNull(now, "now");
        this.updatedBy = Objects.requireNonNull(by, "by");
    }

    public StudyRules rules() {
        return new StudyRules(Duration.ofSeconds(maxCreditPerBeatSeconds), maxPlaybackRate.doubleValue(),
                Duration.ofSeconds(seekToleranceSeconds), Duration.ofSeconds(presenceMinSeconds),
                Duration.ofSeconds(presenceMaxSeconds), Duration.ofSeconds(presenceAnswerSeconds), presenceTries,
                Duration.ofMinutes(dailyCapMinutes), Duration.ofMinutes(creditHourMinutes));
    }

    public String region() {
        return region;
    }
}

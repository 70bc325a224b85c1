package net.safeskill.lms.study.domain.model.scorm;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's runtime data for one SCORM lesson (SCORM 运行时数据): the last committed cmi data, which the next launch
 * loads so that the SCO resumes (its location and suspend data), plus the status and score the platform shows.
 * Study time is not taken from here — a SCO's self-reported session time is not trusted; time comes from the
 * server-side heartbeats like every other lesson.
 */
@Entity
@Table(name = "scorm_attempt")
public class ScormAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "lesson_id", nullable = false, updatable = false)
    private long lessonId;

    @Column(name = "cmi_json", nullable = false, length = 300_000)
    private String cmiJson;

    @Column(name = "completion", nullable = false, length = 16)
    private String completion;

    @Column(name = "success", nullable = false, length = 16)
    private String success;

    @Column(name = "score_raw", precision = 9, scale = 2)
    private BigDecimal scoreRaw;

    @Column(name = "commits", nullable = false)
    private int commits;

    @Column(name = "first_commit_at", nullable = false, updatable = false)
    private Instant firstCommitAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ScormAttempt() {
        // for JPA
    }

    public ScormAttempt(long personId, long lessonId, ScormCommit first, Instant now) {
        this.personId = personId;
        this.lessonId = lessonId;
        this.firstCommitAt = Objects.requireNonNull(now, "now");
        apply(first, now);
    }

    /** Keeps the newest data; once finished, a later "incomplete" does not undo the recorded finish time. */
    public void commit(ScormCommit commit, Instant now) {
        apply(commit, now);
    }

    private void apply(ScormCommit commit, Instant now) {
        Objects.requireNonNull(commit, "commit");
        this.cmiJson = commit.cmiJson();
        this.completion = commit.completion();
        this.success = commit.success();
        if (commit.scoreRaw() != null) {
            this.scoreRaw = commit.scoreRaw().setScale(2, java.math.RoundingMode.HALF_UP);
        }
        if (finishedAt == null && commit.finished()) {
            this.finishedAt = now;
        }
        this.commits++;
        this.updatedAt = now;
    }

    public long personId() {
        return personId;
    }

    public long lessonId() {
        return lessonId;
    }

    public String cmiJson() {
        return cmiJson;
    }

    public String completion() {
        return completion;
    }

    public String success() {
        return success;
    }

    public BigDecimal scoreRaw() {
        return scoreRaw;
    }

    public int commits() {
        return commits;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

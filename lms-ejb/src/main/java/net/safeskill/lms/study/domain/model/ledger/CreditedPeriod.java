package net.safeskill.lms.study.domain.model.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * A credited period (学时台账记录): one immutable row of the hours ledger (C3). Progress is always a sum over these
 * rows; nothing is a counter that gets overwritten, and a row is never updated or deleted.
 */
@Entity
@Table(name = "credited_period")
public class CreditedPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "course_id", updatable = false)
    private Long courseId;

    @Column(name = "lesson_id", updatable = false)
    private Long lessonId;

    @Column(name = "class_session_id", updatable = false)
    private Long classSessionId;

    @Column(name = "study_session_id", updatable = false)
    private Long studySessionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, updatable = false, length = 16)
    private StudyMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false, length = 24)
    private CreditSource source;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false, updatable = false)
    private Instant endedAt;

    @Column(name = "credited_ms", nullable = false, updatable = false)
    private long creditedMs;

    @Column(name = "position_from", updatable = false)
    private Double positionFrom;

    @Column(name = "position_to", updatable = false)
    private Double positionTo;

    @Column(name = "recorded_by", updatable = false, length = 40)
    private String recordedBy;

    protected CreditedPeriod() {
        // for JPA
    }

    private CreditedPeriod(long personId, Long courseId, Long lessonId, StudyMode mode, CreditSource source,
                           Instant startedAt, Instant endedAt) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        if (!endedAt.isAfter(startedAt)) {
            throw new DomainException("ledger.emptyPeriod");
        }
        this.personId = personId;
        this.courseId = courseId;
        this.lessonId = lessonId;
        this.mode = mode;
        this.source = source;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.creditedMs = Duration.between(startedAt, endedAt).toMillis();
    }

    /** Online time accepted from heartbeats of a study session; for videos, the positions it covered. */
    public static CreditedPeriod online(long personId, long courseId, long lessonId, Long studySessionId,
                                        Instant startedAt, Instant endedAt, Double positionFrom, Double positionTo) {
        CreditedPeriod p = new CreditedPeriod(personId, courseId, lessonId, StudyMode.ONLINE, CreditSource.HEARTBEAT,
                startedAt, endedAt);
        p.studySessionId = studySessionId;
        p.positionFrom = positionFrom;
        p.positionTo = positionTo;
        return p;
    }

    /**
     * Classroom or practical hours of a class session, recorded by the institution from attendance
     * (the time the person attended, never more than the session lasted).
     */
    public static CreditedPeriod attendance(long personId, Long courseId, long classSessionId, StudyMode mode,
                                            Instant startedAt, Instant endedAt, String recordedBy) {
        if (mode == StudyMode.ONLINE) {
            throw new DomainException("ledger.attendanceOnline");
        }
        Objects.requireNonNull(recordedBy, "recordedBy");
        CreditedPeriod p = new CreditedPeriod(personId, courseId, null, mode, CreditSource.CLASS_ATTENDANCE,
                startedAt, endedAt);
        p.classSessionId = classSessionId;
        p.recordedBy = recordedBy;
        return p;
    }

    /**
     * Demo data only: online time put into a demo installation by its seed so that progress pages show numbers. No
     * study session earned it; its source ({@link CreditSource#DEMO}) and recorder ({@code demo}) say so.
     */
    public static CreditedPeriod demoOnline(long personId, long courseId, long lessonId, Instant startedAt,
                                            Instant endedAt) {
        CreditedPeriod p = new CreditedPeriod(personId, courseId, lessonId, StudyMode.ONLINE, CreditSource.DEMO,
                startedAt, endedAt);
        p.recordedBy = "demo";
        return p;
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public Long courseId() {
        return courseId;
    }

    public Long lessonId() {
        return lessonId;
    }

    public Long classSessionId() {
        return classSessionId;
    }

    public Long studySessionId() {
        return studySessionId;
    }

    public StudyMode mode() {
        return mode;
    }

    public CreditSource source() {
        return source;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Duration duration() {
        return Duration.ofMillis(creditedMs);
    }

    public Double positionFrom() {
        return positionFrom;
    }

    public Double positionTo() {
        return positionTo;
    }

    public String recordedBy() {
        return recordedBy;
    }
}

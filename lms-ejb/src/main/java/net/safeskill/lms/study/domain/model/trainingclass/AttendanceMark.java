package net.safeskill.lms.study.domain.model.trainingclass;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The stored attendance of one person at one session; changeable until the session's attendance is confirmed. */
@Entity
@Table(name = "class_attendance")
public class AttendanceMark {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private ClassSession session;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AttendanceStatus status;

    @Column(name = "late_minutes", nullable = false)
    private int lateMinutes;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Column(name = "marked_by", nullable = false, length = 40)
    private String markedBy;

    protected AttendanceMark() {
        // for JPA
    }

    AttendanceMark(ClassSession session, Attendance attendance, Instant now, String by) {
        this.session = session;
        this.personId = attendance.personId();
        change(attendance, now, by);
    }

    void change(Attendance attendance, Instant now, String by) {
        this.status = attendance.status();
        this.lateMinutes = attendance.lateMinutes();
        this.markedAt = Objects.requireNonNull(now, "now");
        this.markedBy = Objects.requireNonNull(by, "by");
    }

    public long personId() {
        return personId;
    }

    public Attendance attendance() {
        return new Attendance(personId, status, lateMinutes);
    }
}

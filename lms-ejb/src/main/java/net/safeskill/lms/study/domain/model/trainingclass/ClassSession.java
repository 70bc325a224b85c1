package net.safeskill.lms.study.domain.model.trainingclass;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.DomainText;
import net.safeskill.lms.study.domain.model.ledger.CreditedPeriod;
import net.safeskill.lms.study.domain.model.ledger.StudyMode;

/**
 * A session of a training class (课次): a date and a time span (China time), in a classroom or as practical training,
 * at a location with a teacher. Its attendance is marked on a sheet and then confirmed: confirming locks the sheet
 * and produces one {@link CreditedPeriod#attendance attendance} ledger row per person who attended — from the start
 * (or from their late arrival) to the end. A confirmed sheet is never changed again: the ledger is append-only.
 */
@Entity
@Table(name = "class_session")
public class ClassSession {

    static final Duration MIN_LENGTH = Duration.ofMinutes(15);
    static final Duration MAX_LENGTH = Duration.ofHours(12);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "class_id", nullable = false, updatable = false)
    private TrainingClass trainingClass;

    @Column(name = "session_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false, updatable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false, updatable = false)
    private LocalTime endTime;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, updatable = false, length = 16)
    private StudyMode mode;

    @Column(name = "location", nullable = false, length = 100)
    private String location;

    @Column(name = "teacher", nullable = false, length = 60)
    private String teacher;

    @Column(name = "attendance_confirmed_at")
    private Instant confirmedAt;

    @Column(name = "attendance_confirmed_by", length = 40)
    private String confirmedBy;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<AttendanceMark> marks = new ArrayList<>();

    protected ClassSession() {
        // for JPA
    }

    ClassSession(TrainingClass trainingClass, LocalDate date, LocalTime start, LocalTime end, StudyMode mode,
                 String location, String teacher) {
        if (date == null) {
            throw new DomainException("classSession.dateRequired");
        }
        if (start == null || end == null) {
            throw new DomainException("classSession.timeRequired");
        }
        if (!end.isAfter(start)) {
            throw new DomainException("classSession.endBeforeStart");
        }
        Duration length = Duration.between(start, end);
        if (length.compareTo(MIN_LENGTH) < 0 || length.compareTo(MAX_LENGTH) > 0) {
            throw new DomainException("classSession.length", MIN_LENGTH.toMinutes(), MAX_LENGTH.toHours());
        }
        if (mode != StudyMode.CLASSROOM && mode != StudyMode.PRACTICAL) {
            throw new DomainException("classSession.mode");
        }
        this.publicId = UUID.randomUUID().toString();
        this.trainingClass = trainingClass;
        this.date = date;
        this.startTime = start.withSecond(0).withNano(0);
        this.endTime = end.withSecond(0).withNano(0);
        this.mode = mode;
        this.location = DomainText.required(location, 100, "classSession.location");
        this.teacher = DomainText.required(teacher, 60, "classSession.teacher");
    }

    /** @return whether the two sessions share any minute on the same day */
    boolean overlaps(ClassSession other) {
        return date.equals(other.date) && startTime.isBefore(other.endTime) && other.startTime.isBefore(endTime);
    }

    public Instant startsAt(ZoneId zone) {
        return date.atTime(startTime).atZone(zone).toInstant();
    }

    public Instant endsAt(ZoneId zone) {
        return date.atTime(endTime).atZone(zone).toInstant();
    }

    public Duration length() {
        return Duration.between(startTime, endTime);
    }

    /**
     * Marks attendance on the sheet (draft): allowed from the session's day until the sheet is confirmed; later
     * marks of the same person replace earlier ones.
     */
    void mark(Set<Long> roster, Collection<Attendance> attendances, ZoneId zone, Instant now, String by) {
        requireOpen();
        if (LocalDate.ofInstant(now, zone).isBefore(date)) {
            throw new DomainException("attendance.beforeSessionDay");
        }
        Map<Long, AttendanceMark> byPerson = new HashMap<>();
        marks.forEach(m -> byPerson.put(m.personId(), m));
        for (Attendance a : attendances) {
            if (!roster.contains(a.personId())) {
                throw new DomainException("attendance.notOnRoster");
            }
            a.attendedFrom(startsAt(zone), endsAt(zone)); // refuses lateness beyond the session now, not at confirmation
            AttendanceMark existing = byPerson.get(a.personId());
            if (existing == null) {
                AttendanceMark mark = new AttendanceMark(this, a, now, by);
                marks.add(mark);
                byPerson.put(a.personId(), mark);
            } else {
                existing.change(a, now, by);
            }
        }
    }

    /**
     * Confirms the sheet once the session is over: every person on the roster must be marked; the sheet is locked
     * and the attended time of each present or late person becomes a ledger row.
     *
     * @param courseId the class's course, if any, carried into the ledger rows
     * @return the new ledger rows, to be appended by the caller
     */
    List<CreditedPeriod> confirm(Set<Long> roster, Collection<Attendance> attendances, Long courseId, ZoneId zone,
                                 Instant now, String by) {
        requireOpen();
        if (id == null) {
            throw new IllegalStateException("a session is stored before its attendance is confirmed");
        }
        Instant start = startsAt(zone);
        Instant end = endsAt(zone);
        if (now.isBefore(end)) {
            throw new DomainException("attendance.sessionNotOver");
        }
        mark(roster, attendances, zone, now, by);
        long unmarked = roster.stream().filter(p -> marks.stream().noneMatch(m -> m.personId() == p)).count();
        if (unmarked > 0) {
            throw new DomainException("attendance.incomplete", unmarked);
        }
        List<CreditedPeriod> rows = new ArrayList<>();
        for (AttendanceMark m : marks) {
            if (!roster.contains(m.personId())) {
                continue;
            }
            Optional<Instant> from = m.attendance().attendedFrom(start, end);
            from.ifPresent(f -> rows.add(CreditedPeriod.attendance(m.personId(), courseId, id, mode, f, end, by)));
        }
        this.confirmedAt = now;
        this.confirmedBy = Objects.requireNonNull(by, "by");
        return rows;
    }

    private void requireOpen() {
        if (confirmed()) {
            throw new DomainException("attendance.locked");
        }
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public TrainingClass trainingClass() {
        return trainingClass;
    }

    public LocalDate date() {
        return date;
    }

    public LocalTime startTime() {
        return startTime;
    }

    public LocalTime endTime() {
        return endTime;
    }

    public StudyMode mode() {
        return mode;
    }

    public String location() {
        return location;
    }

    public String teacher() {
        return teacher;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    /** @return the current marks (person id → attendance) */
    public Map<Long, Attendance> marks() {
        Map<Long, Attendance> result = new HashMap<>();
        marks.forEach(m -> result.put(m.personId(), m.attendance()));
        return result;
    }
}

package net.safeskill.lms.study.domain.model.trainingclass;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.DomainText;
import net.safeskill.lms.shared.domain.model.TrainingType;
import net.safeskill.lms.study.domain.model.ledger.CreditedPeriod;
import net.safeskill.lms.study.domain.model.ledger.StudyMode;

/**
 * A training class (培训班, J1) of an institution: a title, the training type its hours count as (and optionally the
 * course it teaches), dates, a capacity, a roster and sessions. People join the roster until the class ends and
 * leave it only before it starts; sessions lie within the class's dates and never overlap; attendance of a session
 * is marked, then confirmed once (see {@link ClassSession}).
 */
@Entity
@Table(name = "training_class")
public class TrainingClass {

    static final int MAX_TITLE = 100;
    static final int MAX_CAPACITY = 500;
    static final int MAX_SESSIONS = 200;
    /** A class lasts at most a year. */
    static final int MAX_DAYS = 366;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private long institutionId;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "course_id", updatable = false)
    private Long courseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "training_type", nullable = false, updatable = false, length = 40)
    private TrainingType trainingType;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 40)
    private String createdBy;

    @OneToMany(mappedBy = "trainingClass", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("addedAt")
    private List<RosterEntry> roster = new ArrayList<>();

    @OneToMany(mappedBy = "trainingClass", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date, startTime")
    private List<ClassSession> sessions = new ArrayList<>();

    @Version
    private long version;

    protected TrainingClass() {
        // for JPA
    }

    public TrainingClass(long institutionId, String title, Long courseId, TrainingType type, LocalDate startDate,
                         LocalDate endDate, int capacity, LocalDate today, Instant now, String by) {
        this.title = DomainText.required(title, MAX_TITLE, "trainingClass.title");
        if (type == null) {
            throw new DomainException("trainingClass.typeRequired");
        }
        if (startDate == null || endDate == null) {
            throw new DomainException("trainingClass.datesRequired");
        }
        if (endDate.isBefore(startDate)) {
            throw new DomainException("trainingClass.endBeforeStart");
        }
        if (ChronoUnit.DAYS.between(startDate, endDate) >= MAX_DAYS) {
            throw new DomainException("trainingClass.tooLong", MAX_DAYS);
        }
        if (startDate.isBefore(today.minusDays(MAX_DAYS)) || startDate.isAfter(today.plusDays(2L * MAX_DAYS))) {
            throw new DomainException("trainingClass.startOutOfRange");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new DomainException("trainingClass.capacity", 1, MAX_CAPACITY);
        }
        this.publicId = UUID.randomUUID().toString();
        this.institutionId = institutionId;
        this.courseId = courseId;
        this.trainingType = type;
        this.startDate = startDate;
        this.endDate = endDate;
        this.capacity = capacity;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.createdBy = Objects.requireNonNull(by, "by");
    }

    /** Puts a person on the roster: until the class has ended, once, within the capacity. */
    public void enrol(long personId, Long employerId, LocalDate today, Instant now, String by) {
        if (today.isAfter(endDate)) {
            throw new DomainException("trainingClass.ended");
        }
        if (onRoster(personId)) {
            throw new DomainException("trainingClass.alreadyOnRoster");
        }
        if (roster.size() >= capacity) {
            throw new DomainException("trainingClass.rosterFull", capacity);
        }
        roster.add(new RosterEntry(this, personId, employerId, now, by));
    }

    /** Takes a person off the roster: only before the class starts (afterwards the roster is the record). */
    public void remove(long personId, LocalDate today) {
        if (!today.isBefore(startDate)) {
            throw new DomainException("trainingClass.rosterLocked");
        }
        if (!roster.removeIf(r -> r.personId() == personId)) {
            throw new DomainException("trainingClass.notOnRoster");
        }
    }

    public ClassSession addSession(LocalDate date, LocalTime start, LocalTime end, StudyMode mode, String location,
                                   String teacher) {
        ClassSession session = new ClassSession(this, date, start, end, mode, location, teacher);
        if (date.isBefore(startDate) || date.isAfter(endDate)) {
            throw new DomainException("classSession.outsideClass", startDate, endDate);
        }
        if (sessions.size() >= MAX_SESSIONS) {
            throw new DomainException("classSession.tooMany", MAX_SESSIONS);
        }
        if (sessions.stream().anyMatch(s -> s.overlaps(session))) {
            throw new DomainException("classSession.overlap");
        }
        sessions.add(session);
        return session;
    }

    /** Removes a session whose attendance has not been confirmed (a confirmed one has ledger rows). */
    public void removeSession(String sessionPublicId) {
        ClassSession session = session(sessionPublicId);
        if (session.confirmed()) {
            throw new DomainException("attendance.locked");
        }
        sessions.remove(session);
    }

    /** Marks attendance on a session's sheet (draft, changeable until confirmed). */
    public void markAttendance(String sessionPublicId, Collection<Attendance> attendances, ZoneId zone, Instant now,
                               String by) {
        session(sessionPublicId).mark(rosterPersonIds(), attendances, zone, now, by);
    }

    /** Confirms a session's attendance: locks the sheet and returns the ledger rows it credits. */
    public List<CreditedPeriod> confirmAttendance(String sessionPublicId, Collection<Attendance> attendances,
                                                  ZoneId zone, Instant now, String by) {
        return session(sessionPublicId).confirm(rosterPersonIds(), attendances, courseId, zone, now, by);
    }

    public ClassSession session(String sessionPublicId) {
        return findSession(sessionPublicId).orElseThrow(() -> new DomainException("classSession.notFound"));
    }

    public Optional<ClassSession> findSession(String sessionPublicId) {
        return sessions.stream().filter(s -> s.publicId().equals(sessionPublicId)).findFirst();
    }

    public boolean onRoster(long personId) {
        return roster.stream().anyMatch(r -> r.personId() == personId);
    }

    /** @return the people on the roster, in the order they joined */
    public Set<Long> rosterPersonIds() {
        Set<Long> ids = new LinkedHashSet<>();
        roster.forEach(r -> ids.add(r.personId()));
        return ids;
    }

    public boolean rosterFull() {
        return roster.size() >= capacity;
    }

    /** @return whether people can still be taken off the roster (the class has not started) */
    public boolean rosterEditable(LocalDate today) {
        return today.isBefore(startDate);
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public long institutionId() {
        return institutionId;
    }

    public String title() {
        return title;
    }

    public Long courseId() {
        return courseId;
    }

    public TrainingType trainingType() {
        return trainingType;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public int capacity() {
        return capacity;
    }

    public List<RosterEntry> roster() {
        return Collections.unmodifiableList(roster);
    }

    public List<ClassSession> sessions() {
        return Collections.unmodifiableList(sessions);
    }
}

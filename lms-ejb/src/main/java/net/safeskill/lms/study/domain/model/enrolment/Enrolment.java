package net.safeskill.lms.study.domain.model.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

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

/**
 * An enrolment (选课记录, B3): a course in a person's plan, chosen by the person or assigned by their employer with a
 * due date. Both kinds appear together in 我的学习. An assignment upgrades a self-chosen enrolment (keeps the hours,
 * adds the due date); the learner cannot drop an assigned course.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 16)
    private EnrolmentOrigin origin;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "enrolled_at", nullable = false, updatable = false)
    private Instant enrolledAt;

    @Column(name = "enrolled_by", nullable = false, length = 40)
    private String enrolledBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected Enrolment() {
        // for JPA
    }

    public static Enrolment selfChosen(long personId, long courseId, Instant now, String by) {
        Enrolment e = new Enrolment(personId, courseId, now, by);
        e.origin = EnrolmentOrigin.SELF_CHOSEN;
        return e;
    }

    public static Enrolment assigned(long personId, long courseId, long organisationId, LocalDate dueDate,
                                     LocalDate today, Instant now, String by) {
        Enrolment e = new Enrolment(personId, courseId, now, by);
        e.assign(organisationId, dueDate, today, by);
        return e;
    }

    private Enrolment(long personId, long courseId, Instant now, String by) {
        this.publicId = UUID.randomUUID().toString();
        this.personId = personId;
        this.courseId = courseId;
        this.enrolledAt = Objects.requireNonNull(now, "now");
        this.enrolledBy = Objects.requireNonNull(by, "by");
    }

    /** The employer makes the course mandatory with a due date (also for a course the learner had already chosen). */
    public void assign(long byOrganisationId, LocalDate due, LocalDate today, String by) {
        if (due == null || due.isBefore(today)) {
            throw new DomainException("enrolment.dueInPast");
        }
        this.origin = EnrolmentOrigin.ASSIGNED;
        this.organisationId = byOrganisationId;
        this.dueDate = due;
        this.enrolledBy = Objects.requireNonNull(by, "by");
    }

    /** The learner may drop a course they chose themselves; never an assigned one. */
    public void requireDroppable() {
        if (origin == EnrolmentOrigin.ASSIGNED) {
            throw new DomainException("enrolment.assignedCannotDrop");
        }
    }

    public void complete(Instant now) {
        if (completedAt == null) {
            completedAt = now;
        }
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

    public long courseId() {
        return courseId;
    }

    public EnrolmentOrigin origin() {
        return origin;
    }

    public Long organisationId() {
        return organisationId;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public Instant completedAt() {
        return completedAt;
    }
}

package net.safeskill.lms.exam.domain.model.session;

import java.time.Duration;
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

import net.safeskill.lms.exam.domain.model.attempt.TakeoverPolicy;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.DomainText;

/**
 * One sitting of an exam (考试场次, E4), owned by an exam authority: the window in which candidates may start, how
 * long each has, what happens when a second device opens an attempt, and which training requirement a candidate
 * must have met to be admitted (none: anyone registered is admitted). The window and duration are fixed once the
 * window has opened or anyone has started; candidates are registered until the window opens.
 */
@Entity
@Table(name = "exam_session")
public class ExamSession {

    static final int MAX_TITLE = 100;
    static final Duration MIN_DURATION = Duration.ofMinutes(5);
    static final Duration MAX_DURATION = Duration.ofHours(8);
    static final Duration MAX_WINDOW = Duration.ofDays(31);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    @Column(name = "authority_id", nullable = false, updatable = false)
    private long authorityId;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "window_opens", nullable = false)
    private Instant windowOpens;

    @Column(name = "window_closes", nullable = false)
    private Instant windowCloses;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "takeover_policy", nullable = false, length = 16)
    private TakeoverPolicy takeoverPolicy;

    /** the training requirement (its code) a candidate must have met; null: no training condition */
    @Column(name = "admission_requirement", length = 40)
    private String admissionRequirement;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private SessionStatus status;

    @Column(name = "seats_given", nullable = false)
    private int seatsGiven;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 40)
    private String createdBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ExamSession() {
        // JPA
    }

    public ExamSession(long authorityId, String title, Instant windowOpens, Instant windowCloses, Duration duration,
                       TakeoverPolicy takeoverPolicy, String admissionRequirement, Instant now, String by) {
        this.publicId = UUID.randomUUID().toString();
        this.authorityId = authorityId;
        this.title = DomainText.required(title, MAX_TITLE, "exam.session.title");
        this.takeoverPolicy = Objects.requireNonNull(takeoverPolicy, "takeoverPolicy");
        this.admissionRequirement = admissionRequirement == null || admissionRequirement.isBlank() ? null
                : admissionRequirement.strip();
        this.status = SessionStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.createdBy = Objects.requireNonNull(by, "by");
        setTimes(windowOpens, windowCloses, duration, now);
    }

    /** Moves the window or changes the duration: only before the window opens and before anyone started. */
    public void reschedule(Instant opens, Instant closes, Duration duration, boolean anyAttemptStarted, Instant now) {
        requireNotCancelled();
        if (anyAttemptStarted || !now.isBefore(windowOpens)) {
            throw new DomainException("exam.session.alreadyOpen");
        }
        setTimes(opens, closes, duration, now);
    }

    private void setTimes(Instant opens, Instant closes, Duration duration, Instant now) {
        if (opens == null || closes == null || !opens.isBefore(closes)) {
            throw new DomainException("exam.session.window");
        }
        if (!opens.isAfter(now)) {
            throw new DomainException("exam.session.windowPast");
        }
        if (Duration.between(opens, closes).compareTo(MAX_WINDOW) > 0) {
            throw new DomainException("exam.session.windowTooLong", MAX_WINDOW.toDays());
        }
        if (duration == null || duration.compareTo(MIN_DURATION) < 0 || duration.compareTo(MAX_DURATION) > 0
                || duration.toSeconds() % 60 != 0) {
            throw new DomainException("exam.session.duration", MIN_DURATION.toMinutes(), MAX_DURATION.toMinutes());
        }
        if (duration.compareTo(Duration.between(opens, closes)) > 0) {
            throw new DomainException("exam.session.durationLongerThanWindow");
        }
        this.windowOpens = opens;
        this.windowCloses = closes;
        this.durationMinutes = (int) duration.toMinutes();
    }

    /** Publishes the session to its candidates (they see it and can print tickets). */
    public void schedule(long registrations, Instant now) {
        requireNotCancelled();
        if (status == SessionStatus.SCHEDULED) {
            return;
        }
        if (registrations < 1) {
            throw new DomainException("exam.session.noCandidates");
        }
        if (!now.isBefore(windowOpens)) {
            throw new DomainException("exam.session.alreadyOpen");
        }
        status = SessionStatus.SCHEDULED;
    }

    /** Calls the session off; not once anyone has started. */
    public void cancel(boolean anyAttemptStarted) {
        if (anyAttemptStarted) {
            throw new DomainException("exam.session.cancelStarted");
        }
        status = SessionStatus.CANCELLED;
    }

    /**
     * Registers a candidate with the next seat and ticket number. Only before the window opens.
     *
     * @param trainedBy the training institution that trained the candidate, when known (教考分离 checks)
     */
    public Registration register(long personId, Long trainedBy, RegistrationSource source, Instant now, String by) {
        requireNotCancelled();
        if (!now.isBefore(windowOpens)) {
            throw new DomainException("exam.session.alreadyOpen");
        }
        if (id == null) {
            throw new IllegalStateException("store the session before registering candidates");
        }
        int seat = ++seatsGiven;
        return new Registration(this, personId, TicketNumber.of(id, seat), trainedBy, source, now, by);
    }

    /**
     * Decides a candidate's admission by the session's rule and what the study context reports for {@code today}
     * (the platform's calendar day).
     */
    public Admission admit(Registration registration, TrainingRecords records, LocalDate today,
                           Instant now) {
        if (!Objects.equals(registration.sessionId(), id)) {
            throw new IllegalArgumentException("registration of another session");
        }
        if (admissionRequirement == null) {
            registration.decide(Admission.ADMITTED, null, now);
            return Admission.ADMITTED;
        }
        var status = records.statusOf(registration.personId(), admissionRequirement, today);
        if (status.isEmpty()) {
            registration.decide(Admission.REFUSED, "exam.admission.noObligation", now);
        } else if (!status.get().met()) {
            registration.decide(Admission.REFUSED, "exam.admission.trainingIncomplete", now);
        } else {
            registration.decide(Admission.ADMITTED, null, now);
        }
        return registration.admission();
    }

    /** @return whether candidates may start at this moment */
    public boolean isOpen(Instant now) {
        return status == SessionStatus.SCHEDULED && !now.isBefore(windowOpens) && now.isBefore(windowCloses);
    }

    private void requireNotCancelled() {
        if (status == SessionStatus.CANCELLED) {
            throw new DomainException("exam.session.cancelled");
        }
    }

    /** Test hook: the id the database would give. */
    void assignId(long id) {
        this.id = id;
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public long authorityId() {
        return authorityId;
    }

    public String title() {
        return title;
    }

    public Instant windowOpens() {
        return windowOpens;
    }

    public Instant windowCloses() {
        return windowCloses;
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public TakeoverPolicy takeoverPolicy() {
        return takeoverPolicy;
    }

    public String admissionRequirement() {
        return admissionRequirement;
    }

    public SessionStatus status() {
        return status;
    }

    public int seatsGiven() {
        return seatsGiven;
    }
}

package net.safeskill.lms.exam.domain.model.session;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

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
import jakarta.persistence.Version;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * A candidate on a session (报名/考生): their admission ticket number, how they were registered, who trained them
 * (so that nobody from that institution proctors or grades them), and the admission decision with its reason.
 */
@Entity
@Table(name = "exam_registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private ExamSession session;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "ticket_number", nullable = false, updatable = false, length = 11)
    private String ticketNumber;

    @Column(name = "trained_by")
    private Long trainedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false, length = 16)
    private RegistrationSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "admission", nullable = false, length = 16)
    private Admission admission;

    /** message key of the refusal, e.g. exam.admission.trainingIncomplete */
    @Column(name = "admission_reason", length = 60)
    private String admissionReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, updatable = false, length = 40)
    private String registeredBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Registration() {
        // JPA
    }

    Registration(ExamSession session, long personId, String ticketNumber, Long trainedBy, RegistrationSource source,
                 Instant now, String by) {
        this.publicId = UUID.randomUUID().toString();
        this.session = Objects.requireNonNull(session, "session");
        this.personId = personId;
        this.ticketNumber = Objects.requireNonNull(ticketNumber, "ticketNumber");
        this.trainedBy = trainedBy;
        this.source = Objects.requireNonNull(source, "source");
        this.admission = Admission.PENDING;
        this.registeredAt = Objects.requireNonNull(now, "now");
        this.registeredBy = Objects.requireNonNull(by, "by");
    }

    void decide(Admission decision, String reason, Instant now) {
        this.admission = decision;
        this.admissionReason = reason;
        this.decidedAt = now;
    }

    /**
     * 教考分离: staff of the institution that trained this candidate may not proctor or grade them.
     *
     * @param staffOrganisationId the organisation of the proctor or grader
     */
    public void requireIndependentOf(long staffOrganisationId) {
        if (trainedBy != null && trainedBy == staffOrganisationId) {
            throw new DomainException("exam.conflictOfInterest");
        }
    }

    /** Only an admitted candidate may start. */
    public void requireAdmitted() {
        if (admission != Admission.ADMITTED) {
            throw new DomainException(admission == Admission.REFUSED ? admissionReason : "exam.admission.pending");
        }
    }

    public Long sessionId() {
        return session.id();
    }

    public String publicId() {
        return publicId;
    }

    public long personId() {
        return personId;
    }

    public String ticketNumber() {
        return ticketNumber;
    }

    public Long trainedBy() {
        return trainedBy;
    }

    public RegistrationSource source() {
        return source;
    }

    public Admission admission() {
        return admission;
    }

    public String admissionReason() {
        return admissionReason;
    }
}

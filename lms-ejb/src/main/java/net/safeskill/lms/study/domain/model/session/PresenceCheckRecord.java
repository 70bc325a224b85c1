package net.safeskill.lms.study.domain.model.session;

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

/** The kept record of a finished presence check (防挂机验证记录): when it was issued, answered or missed, and how. */
@Entity
@Table(name = "presence_check")
public class PresenceCheckRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "study_session_id", nullable = false, updatable = false)
    private long studySessionId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "nonce", nullable = false, updatable = false, length = 32)
    private String nonce;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "resolved_at", nullable = false, updatable = false)
    private Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false, updatable = false, length = 16)
    private PresenceOutcome.Result result;

    @Column(name = "tries", nullable = false, updatable = false)
    private int tries;

    protected PresenceCheckRecord() {
        // for JPA
    }

    public PresenceCheckRecord(StudySession session, PresenceOutcome outcome) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(outcome, "outcome");
        this.studySessionId = session.id();
        this.personId = session.personId();
        this.nonce = outcome.nonce();
        this.issuedAt = outcome.issuedAt();
        this.resolvedAt = outcome.resolvedAt();
        this.result = outcome.result();
        this.tries = outcome.tries();
    }

    public PresenceOutcome.Result result() {
        return result;
    }
}

package net.safeskill.lms.audit.domain.model;

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

/**
 * AuditEntry (审计日志): who did what to which object, when and from where. Immutable once written; there is no
 * update or delete path for it anywhere in the platform.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 48)
    private AuditAction action;

    @Column(name = "object_type", updatable = false, length = 48)
    private String objectType;

    @Column(name = "object_id", updatable = false, length = 64)
    private String objectId;

    @Column(name = "detail", updatable = false, length = 1000)
    private String detail;

    @Column(name = "remote_address", updatable = false, length = 64)
    private String remoteAddress;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant occurredAt, String actor, AuditAction action, String objectType, String objectId,
                      String detail, String remoteAddress) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = truncate(actor == null || actor.isBlank() ? "anonymous" : actor, 64);
        this.action = Objects.requireNonNull(action, "action");
        this.objectType = truncate(objectType, 48);
        this.objectId = truncate(objectId, 64);
        this.detail = truncate(detail, 1000);
        this.remoteAddress = truncate(remoteAddress, 64);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String detail() {
        return detail;
    }

    public String remoteAddress() {
        return remoteAddress;
    }
}

package net.safeskill.lms.audit.application;

import java.io.Serializable;
import java.time.Instant;

import net.safeskill.lms.audit.domain.model.AuditEntry;

/** Read model of an audit entry for the web tier. */
public record AuditEntryView(long id, Instant occurredAt, String actor, String action, String objectType,
                             String objectId, String detail, String remoteAddress) implements Serializable {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id(), e.occurredAt(), e.actor(), e.action().name(), e.objectType(),
                e.objectId(), e.detail(), e.remoteAddress());
    }
}

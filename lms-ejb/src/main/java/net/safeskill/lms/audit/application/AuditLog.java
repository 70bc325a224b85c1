package net.safeskill.lms.audit.application;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import net.safeskill.lms.audit.domain.model.AuditAction;
import net.safeskill.lms.audit.domain.model.AuditEntry;
import net.safeskill.lms.identity.domain.model.account.Roles;
import net.safeskill.lms.shared.application.RequestOrigin;

/**
 * Writes and reads the audit trail. Writing joins the caller's transaction, so an audited change and its entry
 * commit together; {@link #recordIndependently} commits on its own (a failed login must stay recorded even though
 * nothing else happens).
 */
@Stateless
@PermitAll
public class AuditLog {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Inject
    private RequestOrigin origin;

    public void record(String actor, AuditAction action, String objectType, String objectId, String detail) {
        em.persist(new AuditEntry(Instant.now(), actor, action, objectType, objectId, detail,
                origin.remoteAddress()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordIndependently(String actor, AuditAction action, String objectType, String objectId,
                                    String detail) {
        record(actor, action, objectType, objectId, detail);
    }

    /** Newest first; every filter is optional. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.REGULATOR})
    public List<AuditEntryView> search(String actor, AuditAction action, Instant from, Instant to, int max) {
        StringBuilder jpql = new StringBuilder("select a from AuditEntry a where 1 = 1");
        if (actor != null && !actor.isBlank()) {
            jpql.append(" and a.actor = :actor");
        }
        if (action != null) {
            jpql.append(" and a.action = :action");
        }
        if (from != null) {
            jpql.append(" and a.occurredAt >= :from");
        }
        if (to != null) {
            jpql.append(" and a.occurredAt < :to");
        }
        jpql.append(" order by a.occurredAt desc, a.id desc");
        TypedQuery<AuditEntry> q = em.createQuery(jpql.toString(), AuditEntry.class);
        if (actor != null && !actor.isBlank()) {
            q.setParameter("actor", actor.strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (action != null) {
            q.setParameter("action", action);
        }
        if (from != null) {
            q.setParameter("from", from);
        }
        if (to != null) {
            q.setParameter("to", to);
        }
        return q.setMaxResults(Math.min(Math.max(max, 1), 1000)).getResultList().stream()
                .map(AuditEntryView::of).toList();
    }
}

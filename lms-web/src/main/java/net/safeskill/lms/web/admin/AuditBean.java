package net.safeskill.lms.web.admin;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.audit.application.AuditEntryView;
import net.safeskill.lms.audit.application.AuditLog;
import net.safeskill.lms.audit.domain.model.AuditAction;
import net.safeskill.lms.shared.application.PlatformClock;

/** The audit trail, for system admins and regulators: filter by actor, action and dates. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditLog audit;

    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private List<AuditEntryView> entries;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        entries = audit.search(actor, action == null || action.isBlank() ? null : AuditAction.valueOf(action),
                from == null ? null : from.atStartOfDay(PlatformClock.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(PlatformClock.ZONE).toInstant(), 500);
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public java.util.Date toDate(java.time.Instant instant) {
        return instant == null ? null : java.util.Date.from(instant);
    }

    public List<AuditEntryView> getEntries() {
        return entries;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

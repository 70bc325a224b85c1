package net.safeskill.lms.study.domain.model.requirement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * A training obligation (培训任务): an enterprise puts one of its people under a requirement, from a start date
 * (hours studied from then on count) to a due date. Who is behind is computed from these and the ledger.
 */
@Entity
@Table(name = "training_obligation")
public class TrainingObligation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "requirement_id", nullable = false, updatable = false)
    private TrainingRequirement requirement;

    @Column(name = "window_start", nullable = false, updatable = false)
    private LocalDate windowStart;

    @Column(name = "window_start_at", nullable = false, updatable = false)
    private Instant windowStartAt;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, updatable = false, length = 40)
    private String assignedBy;

    protected TrainingObligation() {
        // for JPA
    }

    /**
     * @param windowStart the first day whose ledger rows count (midnight in {@code zone})
     * @param dueDate     the day by which the requirement is to be met: after the start, within the requirement's
     *                    window, and not in the past
     */
    public TrainingObligation(long personId, long organisationId, TrainingRequirement requirement,
                              LocalDate windowStart, LocalDate dueDate, ZoneId zone, Instant now, String by) {
        this.requirement = Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(windowStart, "windowStart");
        if (!requirement.active()) {
            throw new DomainException("obligation.inactiveRequirement");
        }
        if (dueDate == null || !dueDate.isAfter(windowStart)) {
            throw new DomainException("obligation.dueBeforeStart");
        }
        if (dueDate.isAfter(windowStart.plusMonths(requirement.windowMonths()))) {
            throw new DomainException("obligation.dueTooLate", requirement.windowMonths());
        }
        if (dueDate.isBefore(LocalDate.ofInstant(Objects.requireNonNull(now, "now"), zone))) {
            throw new DomainException("obligation.dueInPast");
        }
        this.publicId = UUID.randomUUID().toString();
        this.personId = personId;
        this.organisationId = organisationId;
        this.windowStart = windowStart;
        this.windowStartAt = windowStart.atStartOfDay(zone).toInstant();
        this.dueDate = dueDate;
        this.assignedAt = Objects.requireNonNull(now, "now");
        this.assignedBy = Objects.requireNonNull(by, "by");
    }

    /** @return whether the person is behind: the due date has passed, or the share of the window used exceeds the share done */
    public boolean behind(RequirementProgress progress, LocalDate today) {
        if (progress.complete()) {
            return false;
        }
        if (today.isAfter(dueDate)) {
            return true;
        }
        long window = Math.max(1, dueDate.toEpochDay() - windowStart.toEpochDay());
        long used = Math.max(0, today.toEpochDay() - windowStart.toEpochDay());
        return progress.percent() + 10 < used * 100 / window;
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

    public long organisationId() {
        return organisationId;
    }

    public TrainingRequirement requirement() {
        return requirement;
    }

    public LocalDate windowStart() {
        return windowStart;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    /** @return the instant from which ledger rows count toward this obligation */
    public Instant windowStartAt() {
        return windowStartAt;
    }

    /** @return whether the obligation is still running on that day (not past its due date) */
    public boolean open(LocalDate today) {
        return !today.isAfter(dueDate);
    }
}

package net.safeskill.lms.study.domain.model.trainingclass;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person on a class's roster (学员名单), with the employer they were sent by (if known). Part of {@link TrainingClass}. */
@Entity
@Table(name = "training_class_roster")
public class RosterEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "class_id", nullable = false, updatable = false)
    private TrainingClass trainingClass;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "employer_id", updatable = false)
    private Long employerId;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, updatable = false, length = 40)
    private String addedBy;

    protected RosterEntry() {
        // for JPA
    }

    RosterEntry(TrainingClass trainingClass, long personId, Long employerId, Instant now, String by) {
        this.trainingClass = trainingClass;
        this.personId = personId;
        this.employerId = employerId;
        this.addedAt = Objects.requireNonNull(now, "now");
        this.addedBy = Objects.requireNonNull(by, "by");
    }

    public long personId() {
        return personId;
    }

    public Long employerId() {
        return employerId;
    }

    public Instant addedAt() {
        return addedAt;
    }
}

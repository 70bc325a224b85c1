package net.safeskill.lms.identity.domain.model.employment;

import net.safeskill.lms.shared.domain.model.PostCategory;

import java.time.Instant;
import java.time.LocalDate;
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

import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.identity.domain.model.person.Person;
import net.safeskill.lms.shared.domain.DomainException;

/**
 * Employment (从业经历): a person working at an enterprise in a post of a category, from a start date to an
 * optional end date. Part of the person's lifelong archive: ending it never deletes it.
 */
@Entity
@Table(name = "employment")
public class Employment {

    /** Start dates further ahead than this are typing mistakes, not plans. */
    static final int MAX_DAYS_AHEAD = 366;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "post", nullable = false, length = 60)
    private String post;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_category", nullable = false, length = 32)
    private PostCategory postCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type", nullable = false, length = 32)
    private EmploymentType employmentType;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 40)
    private String createdBy;

    @Version
    private long version;

    protected Employment() {
        // for JPA
    }

    public Employment(Person person, Organisation enterprise, String post, PostCategory category,
                      EmploymentType type, LocalDate startDate, LocalDate endDate, LocalDate today,
                      String createdBy, Instant now) {
        this.person = Objects.requireNonNull(person, "person");
        this.organisation = Objects.requireNonNull(enterprise, "enterprise");
        if (!enterprise.isEnterprise()) {
            throw new DomainException("employment.notEnterprise");
        }
        if (!enterprise.active()) {
            throw new DomainException("employment.organisationInactive");
        }
        this.post = normalisePost(post);
        this.postCategory = required(category, "employment.categoryRequired");
        this.employmentType = required(type, "employment.typeRequired");
        this.startDate = required(startDate, "employment.startRequired");
        if (startDate.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new DomainException("employment.startTooFarAhead");
        }
        if (startDate.isBefore(person.birthDate().plusYears(16))) {
            throw new DomainException("employment.startBeforeWorkingAge");
        }
        if (endDate != null) {
            checkEnd(endDate);
        }
        this.endDate = endDate;
        this.publicId = UUID.randomUUID().toString();
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    private static <T> T required(T value, String code) {
        if (value == null) {
            throw new DomainException(code);
        }
        return value;
    }

    private static String normalisePost(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("employment.postRequired");
        }
        String p = raw.strip().replaceAll("\\s+", " ");
        if (p.length() > 60) {
            throw new DomainException("field.tooLong", 60);
        }
        return p;
    }

    private void checkEnd(LocalDate end) {
        if (end.isBefore(startDate)) {
            throw new DomainException("employment.endBeforeStart");
        }
    }

    /** Ends the employment (离职/调岗) on the given date. An ended employment stays in the archive. */
    public void end(LocalDate end) {
        required(end, "employment.endRequired");
        if (endDate != null) {
            throw new DomainException("employment.alreadyEnded");
        }
        checkEnd(end);
        this.endDate = end;
    }

    /** @return whether the two periods share at least one day (open ends run forever) */
    public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        LocalDate thisEnd = endDate == null ? LocalDate.MAX : endDate;
        LocalDate thatEnd = otherEnd == null ? LocalDate.MAX : otherEnd;
        return !otherStart.isAfter(thisEnd) && !startDate.isAfter(thatEnd);
    }

    public boolean isCurrent(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public Person person() {
        return person;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String post() {
        return post;
    }

    public PostCategory postCategory() {
        return postCategory;
    }

    public EmploymentType employmentType() {
        return employmentType;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String createdBy() {
        return createdBy;
    }
}

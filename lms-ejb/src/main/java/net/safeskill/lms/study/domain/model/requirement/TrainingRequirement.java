package net.safeskill.lms.study.domain.model.requirement;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
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

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.DomainText;
import net.safeskill.lms.shared.domain.model.EnumSets;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.shared.domain.model.TrainingType;

/**
 * A training requirement (培训要求, C4) of a region profile: e.g. new hires' pre-job training of at least 72 credit
 * hours (岗前培训不少于72学时), with the situation it applies to, the training types whose hours count, the post
 * categories it applies to, the months within which it must be met, how online hours count
 * ({@link OnlineCreditRule}), how long a completion stays valid and the document it rests on
 * ({@link RequirementTerms}).
 */
@Entity
@Table(name = "training_requirement")
public class TrainingRequirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    @Column(name = "region", nullable = false, updatable = false, length = 16)
    private String region;

    @Column(name = "code", nullable = false, updatable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Column(name = "counted_types", nullable = false, length = 200)
    private String countedTypes;

    @Column(name = "post_categories", nullable = false, length = 200)
    private String postCategories;

    @Column(name = "required_hours", nullable = false, precision = 7, scale = 1)
    private BigDecimal requiredHours;

    @Column(name = "online_weight", nullable = false, precision = 4, scale = 3)
    private BigDecimal onlineWeight;

    @Column(name = "online_cap_share", nullable = false, precision = 4, scale = 3)
    private BigDecimal onlineCapShare;

    @Column(name = "window_months", nullable = false)
    private int windowMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "situation", nullable = false, length = 32)
    private Situation situation;

    @Column(name = "validity_months")
    private Integer validityMonths;

    @Column(name = "basis", length = 200)
    private String basis;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    @Version
    private long version;

    protected TrainingRequirement() {
        // for JPA
    }

    public TrainingRequirement(String region, String code, RequirementTerms terms, Instant now, String by) {
        this.publicId = UUID.randomUUID().toString();
        this.region = DomainText.required(region, 16, "requirement.region");
        this.code = DomainText.required(code, 40, "requirement.code");
        if (!this.code.matches("[A-Za-z0-9_-]+")) {
            throw new DomainException("requirement.code");
        }
        this.active = true;
        change(terms, now, by);
    }

    /** Changes the rule; progress is derived from the ledger, so everyone's progress follows the new rule at once. */
    public void change(RequirementTerms terms, Instant now, String by) {
        Objects.requireNonNull(terms, "terms");
        this.name = terms.name();
        this.situation = terms.situation();
        this.countedTypes = EnumSets.join(terms.countedTypes());
        this.postCategories = EnumSets.join(terms.postCategories());
        this.requiredHours = terms.requiredHours();
        this.onlineWeight = terms.online().weight();
        this.onlineCapShare = terms.online().capShare();
        this.windowMonths = terms.windowMonths();
        this.validityMonths = terms.validityMonths();
        this.basis = terms.basis();
        this.updatedAt = Objects.requireNonNull(now, "now");
        this.updatedBy = Objects.requireNonNull(by, "by");
    }

    public void deactivate(Instant now, String by) {
        this.active = false;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** Puts a deactivated requirement back in force. */
    public void activate(Instant now, String by) {
        this.active = true;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** @return the terms as they stand */
    public RequirementTerms terms() {
        return new RequirementTerms(name, situation, countedTypes(), postCategories(), requiredHours, onlineRule(),
                windowMonths, validityMonths, basis);
    }

    /** @return whether hours of courses of this training type count toward the requirement */
    public boolean counts(TrainingType type) {
        return countedTypes().contains(type);
    }

    /** @return whether the requirement applies to people of this post category (an empty set: everyone) */
    public boolean appliesTo(PostCategory category) {
        Set<PostCategory> categories = postCategories();
        return categories.isEmpty() || categories.contains(category);
    }

    public Duration required(Duration creditHour) {
        return Duration.ofMillis(requiredHours.multiply(new BigDecimal(creditHour.toMillis())).longValue());
    }

    public RequirementProgress progress(LedgerSums sums, Duration creditHour) {
        return RequirementProgress.of(required(creditHour), onlineRule(), sums);
    }

    /** @return progress from ledger slices: only the slices of the training types this requirement counts */
    public RequirementProgress progress(java.util.Collection<LedgerSlice> slices, Duration creditHour) {
        return progress(LedgerSlice.sum(slices, countedTypes()), creditHour);
    }

    public OnlineCreditRule onlineRule() {
        return new OnlineCreditRule(onlineWeight, onlineCapShare);
    }

    public Set<TrainingType> countedTypes() {
        return EnumSets.parse(countedTypes, TrainingType.class);
    }

    public Set<PostCategory> postCategories() {
        return EnumSets.parse(postCategories, PostCategory.class);
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public String region() {
        return region;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public BigDecimal requiredHours() {
        return requiredHours;
    }

    public int windowMonths() {
        return windowMonths;
    }

    public Situation situation() {
        return situation;
    }

    public Integer validityMonths() {
        return validityMonths;
    }

    public String basis() {
        return basis;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public boolean active() {
        return active;
    }
}

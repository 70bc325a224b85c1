package net.safeskill.lms.study.domain.model.requirement;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * hours (岗前培训不少于72学时), with the training types whose hours count, the post categories it applies to, the
 * months within which it must be met, and how online hours count ({@link OnlineCreditRule}).
 */
@Entity
@Table(name = "training_requirement")
public class TrainingRequirement {

    static final BigDecimal MAX_HOURS = new BigDecimal("1000");

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

    public TrainingRequirement(String region, String code, String name, Set<TrainingType> countedTypes,
                               Set<PostCategory> postCategories, BigDecimal requiredHours, OnlineCreditRule online,
                               int windowMonths, Instant now, String by) {
        this.publicId = UUID.randomUUID().toString();
        this.region = DomainText.required(region, 16, "requirement.region");
        this.code = DomainText.required(code, 40, "requirement.code");
        if (!this.code.matches("[A-Za-z0-9_-]+")) {
            throw new DomainException("requirement.code");
        }
        this.active = true;
        change(name, countedTypes, postCategories, requiredHours, online, windowMonths, now, by);
    }

    /** Changes the rule; progress is derived from the ledger, so everyone's progress follows the new rule at once. */
    public void change(String name, Set<TrainingType> countedTypes, Set<PostCategory> postCategories,
                       BigDecimal requiredHours, OnlineCreditRule online, int windowMonths, Instant now, String by) {
        this.name = DomainText.required(name, 80, "requirement.name");
        if (countedTypes == null || countedTypes.isEmpty()) {
            throw new DomainException("requirement.types");
        }
        Objects.requireNonNull(online, "online");
        if (requiredHours == null || requiredHours.signum() <= 0 || requiredHours.compareTo(MAX_HOURS) > 0
                || requiredHours.stripTrailingZeros().scale() > 1) {
            throw new DomainException("requirement.hours", MAX_HOURS);
        }
        if (windowMonths < 1 || windowMonths > 60) {
            throw new DomainException("requirement.window", 1, 60);
        }
        this.countedTypes = EnumSets.join(countedTypes);
        this.postCategories = EnumSets.join(postCategories == null ? Set.of() : postCategories);
        this.requiredHours = requiredHours.stripTrailingZeros().setScale(1);
        this.onlineWeight = online.weight();
        this.onlineCapShare = online.capShare();
        this.windowMonths = windowMonths;
        this.updatedAt = Objects.requireNonNull(now, "now");
        this.updatedBy = Objects.requireNonNull(by, "by");
    }

    public void deactivate(Instant now, String by) {
        this.active = false;
        this.updatedAt = now;
        this.updatedBy = by;
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

    public boolean active() {
        return active;
    }
}

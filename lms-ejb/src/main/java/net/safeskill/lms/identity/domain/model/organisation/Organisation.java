package net.safeskill.lms.identity.domain.model.organisation;

import net.safeskill.lms.shared.domain.model.Industry;

import java.time.Instant;
import java.util.Objects;
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

/**
 * Organisation (单位): an enterprise, a training institution, an exam authority or a regulator. Enterprises,
 * institutions and exam authorities are identified by their unified social credit code (统一社会信用代码).
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false, updatable = false, length = 32)
    private OrganisationType type;

    @Column(name = "credit_code", length = 18)
    private String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "region", nullable = false, length = 16)
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(name = "industry", length = 32)
    private Industry industry;

    @Column(name = "address", length = 200)
    private String address;

    @Column(name = "contact_phone", length = 32)
    private String contactPhone;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, OrganisationType type, String creditCode, Region region, Industry industry,
                        String address, String contactPhone, Instant now) {
        this.type = Objects.requireNonNull(type, "type");
        this.region = require(region, "organisation.regionRequired");
        this.name = normaliseName(name);
        if (creditCode == null || creditCode.isBlank()) {
            if (type.creditCodeRequired()) {
                throw new DomainException("creditCode.empty");
            }
        } else {
            this.creditCode = UnifiedSocialCreditCode.parse(creditCode).value();
        }
        if (type == OrganisationType.ENTERPRISE) {
            this.industry = require(industry, "organisation.industryRequired");
        } else {
            this.industry = industry;
        }
        this.address = optional(address, 200);
        this.contactPhone = optional(contactPhone, 32);
        this.active = true;
        this.publicId = UUID.randomUUID().toString();
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    private static <T> T require(T value, String code) {
        if (value == null) {
            throw new DomainException(code);
        }
        return value;
    }

    private static String normaliseName(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("organisation.nameEmpty");
        }
        String n = raw.strip().replaceAll("\\s+", " ");
        if (n.length() < 2 || n.length() > 120) {
            throw new DomainException("organisation.nameLength", 2, 120);
        }
        return n;
    }

    private static String optional(String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        if (v.length() > max) {
            throw new DomainException("field.tooLong", max);
        }
        return v;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public boolean isEnterprise() {
        return type == OrganisationType.ENTERPRISE;
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public String name() {
        return name;
    }

    public OrganisationType type() {
        return type;
    }

    public String creditCode() {
        return creditCode;
    }

    public Region region() {
        return region;
    }

    public Industry industry() {
        return industry;
    }

    public String address() {
        return address;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "Organisation[" + publicId + ", " + type + "]";
    }
}

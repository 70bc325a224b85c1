package net.safeskill.lms.identity.domain.model.person;

import java.time.Instant;
import java.time.LocalDate;
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

/**
 * Person (从业人员个人档案): one lifelong record per real person, keyed by the resident ID number
 * (一人一档、终身有效). It survives changes of employer; employments point at it, never the reverse.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    @Column(name = "resident_id", nullable = false, updatable = false, length = 18)
    private String residentId;

    @Column(name = "full_name", nullable = false, length = 40)
    private String fullName;

    @Column(name = "mobile", nullable = false, length = 11)
    private String mobile;

    @Column(name = "birth_date", nullable = false, updatable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, updatable = false, length = 8)
    private Gender gender;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Person() {
        // for JPA
    }

    public Person(ResidentIdNumber residentId, String fullName, MobileNumber mobile, Instant now) {
        Objects.requireNonNull(residentId, "residentId");
        Objects.requireNonNull(mobile, "mobile");
        this.publicId = UUID.randomUUID().toString();
        this.residentId = residentId.value();
        this.birthDate = residentId.birthDate();
        this.gender = residentId.gender();
        this.fullName = PersonName.normalise(fullName);
        this.mobile = mobile.value();
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** Real-name check (实名核验): does the given name match the name on record? */
    public boolean hasName(String candidate) {
        try {
            return fullName.equals(PersonName.normalise(candidate));
        } catch (RuntimeException invalid) {
            return false;
        }
    }

    public void changeMobile(MobileNumber newMobile) {
        this.mobile = Objects.requireNonNull(newMobile, "mobile").value();
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public ResidentIdNumber residentId() {
        return ResidentIdNumber.parse(residentId);
    }

    public String residentIdValue() {
        return residentId;
    }

    public String fullName() {
        return fullName;
    }

    public String mobile() {
        return mobile;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Gender gender() {
        return gender;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "Person[" + publicId + "]";
    }
}

package net.safeskill.lms.identity.domain.model.account;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.identity.domain.model.person.Person;
import net.safeskill.lms.shared.domain.DomainException;

/**
 * Account (个人终身账号): the credentials and roles of one person. Exactly one account per person; staff roles
 * are exercised in one organisation whose type matches the role (an enterprise admin in an enterprise, a proctor
 * in an exam authority, ...). The password is only ever held as a slow salted hash.
 */
@Entity
@Table(name = "account")
public class Account {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(name = "username", nullable = false, updatable = false, length = 40)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "preferred_locale", length = 8)
    private String preferredLocale;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    /**
     * @param username login name; lower-cased; for self-registered workers it is their resident ID number
     * @param passwordHash the hash produced by the platform's password hasher, never a plain password
     */
    public Account(Person person, String username, String passwordHash, Instant now) {
        this.person = Objects.requireNonNull(person, "person");
        this.username = normaliseUsername(username);
        setPasswordHash(passwordHash);
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    public static String normaliseUsername(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("username.empty");
        }
        String u = raw.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(u).matches()) {
            throw new DomainException("username.format", 3, 40);
        }
        return u;
    }

    private void setPasswordHash(String hash) {
        if (hash == null || hash.length() < 32) {
            throw new IllegalArgumentException("not a password hash");
        }
        this.passwordHash = hash;
    }

    /** Grants a role; a staff role needs the account's organisation to be of the role's type. */
    public void grant(Role role) {
        Objects.requireNonNull(role, "role");
        if (role.isStaffRole()) {
            if (organisation == null) {
                throw new DomainException("role.needsOrganisation");
            }
            if (organisation.type() != role.organisationType()) {
                throw new DomainException("role.wrongOrganisationType");
            }
        }
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
        if (roles.stream().noneMatch(Role::isStaffRole)) {
            organisation = null;
        }
    }

    /** Makes this account staff of an organisation; it may serve one organisation at a time. */
    public void joinAsStaff(Organisation org, Role role) {
        Objects.requireNonNull(org, "organisation");
        if (organisation != null && !organisation.id().equals(org.id()) && roles.stream().anyMatch(Role::isStaffRole)) {
            throw new DomainException("role.otherOrganisation");
        }
        this.organisation = org;
        grant(role);
    }

    public void changePasswordHash(String newHash) {
        setPasswordHash(newHash);
        this.mustChangePassword = false;
    }

    /** A password set by somebody else (an administrator) must be changed at the next login. */
    public void resetPasswordHash(String newHash) {
        setPasswordHash(newHash);
        this.mustChangePassword = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public void recordLogin(Instant at) {
        this.lastLoginAt = at;
    }

    public void preferLocale(String languageTag) {
        if (languageTag != null && !languageTag.matches("[a-zA-Z]{2}([_-][a-zA-Z]{2})?")) {
            throw new DomainException("locale.unsupported");
        }
        this.preferredLocale = languageTag;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** @return the role whose home page this account lands on */
    public Role primaryRole() {
        return roles.stream().sorted().findFirst().orElse(Role.LEARNER);
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public String preferredLocale() {
        return preferredLocale;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    @Override
    public String toString() {
        return "Account[" + username + "]";
    }
}

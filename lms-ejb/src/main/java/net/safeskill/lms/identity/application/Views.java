package net.safeskill.lms.identity.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import net.safeskill.lms.identity.domain.model.account.Account;
import net.safeskill.lms.identity.domain.model.account.Role;
import net.safeskill.lms.identity.domain.model.employment.Employment;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.identity.domain.model.person.Person;
import net.safeskill.lms.identity.domain.model.person.ResidentIdNumber;

/**
 * Read models (DTOs) that the identity services hand to the web tier. Personal numbers leave the service layer
 * masked unless the viewer is the person themself.
 */
public final class Views {

    private Views() {
    }

    public record OrganisationView(String publicId, String name, String type, String creditCode, String region,
                                   String industry, String address, String contactPhone, boolean active,
                                   Instant createdAt) implements Serializable {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.publicId(), o.name(), o.type().name(), o.creditCode(), o.region().name(),
                    o.industry() == null ? null : o.industry().name(), o.address(), o.contactPhone(), o.active(),
                    o.createdAt());
        }
    }

    public record AccountView(String username, String fullName, String maskedResidentId, String maskedMobile,
                              Set<String> roles, String organisationName, boolean enabled, Instant createdAt,
                              Instant lastLoginAt) implements Serializable {
        static AccountView of(Account a) {
            Person p = a.person();
            return new AccountView(a.username(), p.fullName(), ResidentIdNumber.parse(p.residentIdValue()).masked(),
                    maskMobile(p.mobile()), roleNames(a),
                    a.organisation() == null ? null : a.organisation().name(), a.enabled(), a.createdAt(),
                    a.lastLoginAt());
        }
    }

    public record EmploymentView(String publicId, String personName, String maskedResidentId, String maskedMobile,
                                 String organisationName, String post, String postCategory, String employmentType,
                                 LocalDate startDate, LocalDate endDate) implements Serializable {
        static EmploymentView of(Employment e) {
            Person p = e.person();
            return new EmploymentView(e.publicId(), p.fullName(),
                    ResidentIdNumber.parse(p.residentIdValue()).masked(), maskMobile(p.mobile()),
                    e.organisation().name(), e.post(), e.postCategory().name(), e.employmentType().name(),
                    e.startDate(), e.endDate());
        }

        public boolean current() {
            return endDate == null || !endDate.isBefore(net.safeskill.lms.shared.application.PlatformClock.today());
        }
    }

    /** The signed-in person's own profile: their own numbers unmasked. */
    public record ProfileView(String username, String fullName, String residentId, String mobile, LocalDate birthDate,
                              String gender, Set<String> roles, String primaryRole, OrganisationView organisation,
                              List<EmploymentView> employments, boolean mustChangePassword, String preferredLocale,
                              Instant lastLoginAt) implements Serializable {
    }

    static Set<String> roleNames(Account a) {
        return a.roles().stream().map(Role::name).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    static String maskMobile(String mobile) {
        return mobile.substring(0, 3) + "****" + mobile.substring(7);
    }
}

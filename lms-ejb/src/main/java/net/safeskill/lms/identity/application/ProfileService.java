package net.safeskill.lms.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import net.safeskill.lms.audit.application.AuditLog;
import net.safeskill.lms.audit.domain.model.AuditAction;
import net.safeskill.lms.identity.domain.IdentityRepository;
import net.safeskill.lms.identity.domain.model.account.Account;
import net.safeskill.lms.identity.domain.model.account.PasswordPolicy;
import net.safeskill.lms.identity.domain.model.account.Roles;
import net.safeskill.lms.identity.domain.model.person.Person;
import net.safeskill.lms.shared.domain.DomainException;

/** The signed-in person's own account: profile and archive, password, language preference. */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.ENTERPRISE_ADMIN, Roles.INSTITUTION_ADMIN, Roles.EXAM_ADMIN, Roles.PROCTOR,
        Roles.REGULATOR, Roles.SYSTEM_ADMIN})
public class ProfileService {

    @Inject
    private CallerAccounts caller;

    @Inject
    private IdentityRepository repository;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    public Views.ProfileView myProfile() {
        Account a = caller.current();
        Person p = a.person();
        return new Views.ProfileView(a.username(), p.fullName(), p.residentIdValue(), p.mobile(), p.birthDate(),
                p.gender().name(), Views.roleNames(a), a.primaryRole().name(),
                a.organisation() == null ? null : Views.OrganisationView.of(a.organisation()),
                repository.employmentsOf(p).stream().map(Views.EmploymentView::of).toList(),
                a.mustChangePassword(), a.preferredLocale(), a.lastLoginAt());
    }

    public void changePassword(String currentPassword, String newPassword) {
        Account a = caller.current();
        if (!hasher.verify(currentPassword, a.passwordHash())) {
            throw new DomainException("password.currentWrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new DomainException("password.unchanged");
        }
        PasswordPolicy.check(newPassword, a.person().residentIdValue(), a.person().mobile(), a.username());
        a.changePasswordHash(hasher.hash(newPassword));
        audit.record(a.username(), AuditAction.PASSWORD_CHANGED, "account", a.username(), null);
    }

    public void preferLocale(String languageTag) {
        caller.current().preferLocale(languageTag);
    }
}

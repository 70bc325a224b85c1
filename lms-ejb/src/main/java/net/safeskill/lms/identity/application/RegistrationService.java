package net.safeskill.lms.identity.application;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import net.safeskill.lms.audit.application.AuditLog;
import net.safeskill.lms.audit.domain.model.AuditAction;
import net.safeskill.lms.identity.domain.IdentityRepository;
import net.safeskill.lms.identity.domain.model.account.Account;
import net.safeskill.lms.identity.domain.model.account.PasswordPolicy;
import net.safeskill.lms.identity.domain.model.account.Role;
import net.safeskill.lms.identity.domain.model.person.MobileNumber;
import net.safeskill.lms.identity.domain.model.person.Person;
import net.safeskill.lms.identity.domain.model.person.PersonName;
import net.safeskill.lms.identity.domain.model.person.ResidentIdNumber;
import net.safeskill.lms.shared.domain.DomainException;

/**
 * Real-name self-registration of a worker (实名注册, A1): one lifelong account per resident ID number. The user
 * name is the ID number; the worker can also log in with the mobile number.
 */
@Stateless
@PermitAll
public class RegistrationService {

    @Inject
    private IdentityRepository repository;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    /** @return the new account's user name */
    public String registerWorker(String fullName, String residentIdNumber, String mobileNumber, String password) {
        String name = PersonName.normalise(fullName);
        ResidentIdNumber rid = ResidentIdNumber.parse(residentIdNumber);
        MobileNumber mobile = MobileNumber.parse(mobileNumber);
        PasswordPolicy.check(password, rid.value(), mobile.value());
        if (repository.personByResidentId(rid.value()).isPresent()) {
            throw new DomainException("residentId.taken");
        }
        if (repository.personByMobile(mobile.value()).isPresent()) {
            throw new DomainException("mobile.taken");
        }
        Instant now = Instant.now();
        Person person = new Person(rid, name, mobile, now);
        repository.store(person);
        Account account = new Account(person, rid.value(), hasher.hash(password), now);
        account.grant(Role.LEARNER);
        repository.store(account);
        audit.record(account.username(), AuditAction.REGISTERED, "account", account.username(), null);
        return account.username();
    }
}

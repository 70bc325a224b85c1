package net.safeskill.lms.identity.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import net.safeskill.lms.audit.application.AuditLog;
import net.safeskill.lms.audit.domain.model.AuditAction;
import net.safeskill.lms.identity.domain.IdentityRepository;
import net.safeskill.lms.identity.domain.model.account.Account;
import net.safeskill.lms.identity.domain.model.account.Role;
import net.safeskill.lms.identity.domain.model.account.Roles;
import net.safeskill.lms.identity.domain.model.employment.Employment;
import net.safeskill.lms.identity.domain.model.employment.EmploymentType;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.identity.domain.model.person.MobileNumber;
import net.safeskill.lms.identity.domain.model.person.Person;
import net.safeskill.lms.identity.domain.model.person.ResidentIdNumber;
import net.safeskill.lms.shared.application.PlatformClock;
import net.safeskill.lms.shared.domain.DomainException;

/**
 * An enterprise admin's employees (从业人员管理, A4): add existing people by resident ID number (with a real-name
 * check) or new ones, with post, post category, employment type and dates; end an employment. Always scoped to
 * the caller's own enterprise.
 */
@Stateless
@RolesAllowed(Roles.ENTERPRISE_ADMIN)
public class EmployeeService {

    @Inject
    private IdentityRepository repository;

    @Inject
    private CallerAccounts caller;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    public List<Views.EmploymentView> employees(boolean currentOnly) {
        return repository.employmentsAt(caller.currentOrganisation(), currentOnly).stream()
                .map(Views.EmploymentView::of).toList();
    }

    public Commands.AccountCreated addEmployee(Commands.NewEmployee cmd) {
        Organisation enterprise = caller.currentOrganisation();
        String actor = caller.current().username();
        ResidentIdNumber rid = ResidentIdNumber.parse(cmd.residentId());
        PostCategory category = IdentityAdminService.parseEnum(PostCategory.class, cmd.postCategory(),
                "employment.categoryRequired");
        EmploymentType type = IdentityAdminService.parseEnum(EmploymentType.class, cmd.employmentType(),
                "employment.typeRequired");
        Instant now = Instant.now();
        Optional<Person> existing = repository.personByResidentId(rid.value());
        Person person;
        Commands.AccountCreated created;
        if (existing.isPresent()) {
            person = existing.get();
            if (!person.hasName(cmd.fullName())) {
                throw new DomainException("person.nameMismatch");
            }
            for (Employment e : repository.employmentsOf(person)) {
                if (e.organisation().id().equals(enterprise.id()) && e.overlaps(cmd.startDate(), cmd.endDate())) {
                    throw new DomainException("employment.overlap");
                }
            }
            created = new Commands.AccountCreated(repository.accountOfPerson(person).orElseThrow().username(), null,
                    false);
        } else {
            MobileNumber mobile = MobileNumber.parse(cmd.mobile());
            if (repository.personByMobile(mobile.value()).isPresent()) {
                throw new DomainException("mobile.taken");
            }
            person = new Person(rid, cmd.fullName(), mobile, now);
            repository.store(person);
            String initial = InitialPasswords.generate();
            Account account = new Account(person, rid.value(), hasher.hash(initial), now);
            account.resetPasswordHash(account.passwordHash());
            account.grant(Role.LEARNER);
            repository.store(account);
            audit.record(actor, AuditAction.ACCOUNT_CREATED, "account", account.username(),
                    "employee of " + enterprise.name());
            created = new Commands.AccountCreated(account.username(), initial, true);
        }
        Employment employment = new Employment(person, enterprise, cmd.post(), category, type, cmd.startDate(),
                cmd.endDate(), PlatformClock.today(), actor, now);
        repository.store(employment);
        audit.record(actor, AuditAction.EMPLOYMENT_ADDED, "employment", employment.publicId(),
                category + " " + type + " " + employment.post());
        return created;
    }

    public void endEmployment(String employmentPublicId, LocalDate endDate) {
        Organisation enterprise = caller.currentOrganisation();
        Employment employment = repository.employmentByPublicId(employmentPublicId)
                .filter(e -> e.organisation().id().equals(enterprise.id()))
                .orElseThrow(() -> new DomainException("employment.notFound"));
        employment.end(endDate);
        audit.record(caller.current().username(), AuditAction.EMPLOYMENT_ENDED, "employment",
                employment.publicId(), String.valueOf(endDate));
    }
}

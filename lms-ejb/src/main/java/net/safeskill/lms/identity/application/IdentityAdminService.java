package net.safeskill.lms.identity.application;

import java.time.Instant;
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
import net.safeskill.lms.shared.domain.model.Industry;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.identity.domain.model.organisation.OrganisationType;
import net.safeskill.lms.identity.domain.model.organisation.Region;
import net.safeskill.lms.identity.domain.model.person.MobileNumber;
import net.safeskill.lms.identity.domain.model.person.Person;
import net.safeskill.lms.identity.domain.model.person.ResidentIdNumber;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.Enums;

/**
 * Organisations and staff accounts (A2): the system admin creates organisations and their administrator accounts;
 * regulators browse the directory; staff see their own organisation and its people only.
 */
@Stateless
public class IdentityAdminService {

    @Inject
    private IdentityRepository repository;

    @Inject
    private CallerAccounts caller;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public Views.OrganisationView createOrganisation(Commands.NewOrganisation cmd) {
        OrganisationType type = parseEnum(OrganisationType.class, cmd.type(), "organisation.typeRequired");
        Region region = parseEnum(Region.class, cmd.region(), "organisation.regionRequired");
        Industry industry = cmd.industry() == null || cmd.industry().isBlank() ? null
                : parseEnum(Industry.class, cmd.industry(), "organisation.industryRequired");
        Organisation org = new Organisation(cmd.name(), type, cmd.creditCode(), region, industry, cmd.address(),
                cmd.contactPhone(), Instant.now());
        if (repository.organisationByName(org.name()).isPresent()) {
            throw new DomainException("organisation.nameTaken");
        }
        if (org.creditCode() != null && repository.organisationByCreditCode(org.creditCode()).isPresent()) {
            throw new DomainException("creditCode.taken");
        }
        repository.store(org);
        audit.record(caller.current().username(), AuditAction.ORGANISATION_CREATED, "organisation", org.publicId(),
                org.type() + " " + org.name());
        return Views.OrganisationView.of(org);
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.REGULATOR})
    public List<Views.OrganisationView> organisations(String typeOrNull) {
        OrganisationType type = typeOrNull == null || typeOrNull.isBlank() ? null
                : parseEnum(OrganisationType.class, typeOrNull, "organisation.typeRequired");
        return repository.organisations(type).stream().map(Views.OrganisationView::of).toList();
    }

    /**
     * Creates the staff account of an organisation (or gives an existing person's account the staff role, after
     * checking the real name against the ID number).
     */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public Commands.AccountCreated createStaffAccount(Commands.NewStaffAccount cmd) {
        Organisation org = repository.organisationByPublicId(cmd.organisationPublicId())
                .orElseThrow(() -> new DomainException("organisation.notFound"));
        Role role = parseEnum(Role.class, cmd.role(), "role.required");
        if (!role.isStaffRole() || role.organisationType() != org.type()) {
            throw new DomainException("role.wrongOrganisationType");
        }
        ResidentIdNumber rid = ResidentIdNumber.parse(cmd.residentId());
        String actor = caller.current().username();
        Optional<Person> existing = repository.personByResidentId(rid.value());
        if (existing.isPresent()) {
            Person person = existing.get();
            if (!person.hasName(cmd.fullName())) {
                throw new DomainException("person.nameMismatch");
            }
            Account account = repository.accountOfPerson(person).orElseThrow();
            account.joinAsStaff(org, role);
            audit.record(actor, AuditAction.ROLE_GRANTED, "account", account.username(), role + " @ " + org.name());
            return new Commands.AccountCreated(account.username(), null, false);
        }
        MobileNumber mobile = MobileNumber.parse(cmd.mobile());
        if (repository.personByMobile(mobile.value()).isPresent()) {
            throw new DomainException("mobile.taken");
        }
        String username = cmd.username() == null || cmd.username().isBlank() ? rid.value()
                : Account.normaliseUsername(cmd.username());
        if (repository.accountByUsername(username).isPresent()) {
            throw new DomainException("username.taken");
        }
        Instant now = Instant.now();
        Person person = new Person(rid, cmd.fullName(), mobile, now);
        repository.store(person);
        String initial = InitialPasswords.generate();
        Account account = new Account(person, username, hasher.hash(initial), now);
        account.resetPasswordHash(account.passwordHash());
        account.grant(Role.LEARNER);
        account.joinAsStaff(org, role);
        repository.store(account);
        audit.record(actor, AuditAction.ACCOUNT_CREATED, "account", account.username(), role + " @ " + org.name());
        audit.record(actor, AuditAction.ROLE_GRANTED, "account", account.username(), role + " @ " + org.name());
        return new Commands.AccountCreated(account.username(), initial, true);
    }

    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public List<Views.AccountView> accounts(String query) {
        return repository.accounts(query, 200).stream().map(Views.AccountView::of).toList();
    }

    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public void setEnabled(String username, boolean enabled) {
        Account target = repository.accountByUsername(username)
                .orElseThrow(() -> new DomainException("account.notFound"));
        Account me = caller.current();
        if (target.username().equals(me.username()) && !enabled) {
            throw new DomainException("account.cannotDisableSelf");
        }
        if (enabled) {
            target.enable();
        } else {
            target.disable();
        }
        audit.record(me.username(), enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, "account",
                target.username(), null);
    }

    /** The caller's own organisation (any staff role). */
    @RolesAllowed({Roles.ENTERPRISE_ADMIN, Roles.INSTITUTION_ADMIN, Roles.EXAM_ADMIN, Roles.PROCTOR, Roles.REGULATOR})
    public Views.OrganisationView myOrganisation() {
        return Views.OrganisationView.of(caller.currentOrganisation());
    }

    /** The staff accounts of the caller's own organisation, never another's. */
    @RolesAllowed({Roles.ENTERPRISE_ADMIN, Roles.INSTITUTION_ADMIN, Roles.EXAM_ADMIN, Roles.PROCTOR, Roles.REGULATOR})
    public List<Views.AccountView> myOrganisationStaff() {
        return repository.staffOf(caller.currentOrganisation()).stream().map(Views.AccountView::of).toList();
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String code) {
        return Enums.parse(type, value, code);
    }
}

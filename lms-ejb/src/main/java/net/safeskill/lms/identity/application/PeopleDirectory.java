package net.safeskill.lms.identity.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import net.safeskill.lms.identity.domain.IdentityRepository;
import net.safeskill.lms.identity.domain.model.account.Roles;
import net.safeskill.lms.identity.domain.model.employment.Employment;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.identity.domain.model.organisation.OrganisationType;
import net.safeskill.lms.identity.domain.model.person.Person;
import net.safeskill.lms.identity.domain.model.person.ResidentIdNumber;
import net.safeskill.lms.shared.application.PlatformClock;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.PostCategory;

/**
 * What other contexts may know about people and organisations (人员名录): ids, names, masked ID numbers, employers
 * and post categories — never the identity context's entities. Used by training classes (rosters) and progress
 * (enterprise tables). An enterprise admin sees only their own enterprise's people; an institution finds a person
 * only with both the ID number and the matching name (real-name check), never by browsing.
 */
@Stateless
public class PeopleDirectory {

    /** A person as other contexts see them. */
    public record PersonRef(long id, String publicId, String fullName, String maskedResidentId)
            implements Serializable {
        static PersonRef of(Person p) {
            return new PersonRef(p.id(), p.publicId(), p.fullName(), ResidentIdNumber.parse(p.residentIdValue()).masked());
        }
    }

    /** A person's employment at an enterprise. */
    public record Member(PersonRef person, String employmentPublicId, long organisationId, String post,
                         PostCategory category, LocalDate startDate, LocalDate endDate) implements Serializable {
        static Member of(Employment e) {
            return new Member(PersonRef.of(e.person()), e.publicId(), e.organisation().id(), e.post(),
                    e.postCategory(), e.startDate(), e.endDate());
        }
    }

    /** An organisation as other contexts see it. */
    public record OrganisationRef(long id, String publicId, String name, String region, String type)
            implements Serializable {
        static OrganisationRef of(Organisation o) {
            return new OrganisationRef(o.id(), o.publicId(), o.name(), o.region().name(), o.type().name());
        }
    }

    @Resource
    private SessionContext context;

    @Inject
    private IdentityRepository repository;

    /**
     * Finds a registered person by resident ID number and name (real-name check).
     *
     * @throws DomainException {@code residentId.*} for a malformed number, {@code person.notRegistered} when nobody
     *                         has it, {@code person.nameMismatch} when the name differs
     */
    @RolesAllowed(Roles.INSTITUTION_ADMIN)
    public PersonRef byResidentId(String residentId, String fullName) {
        ResidentIdNumber rid = ResidentIdNumber.parse(residentId);
        Person person = repository.personByResidentId(rid.value())
                .orElseThrow(() -> new DomainException("person.notRegistered"));
        if (!person.hasName(fullName)) {
            throw new DomainException("person.nameMismatch");
        }
        return PersonRef.of(person);
    }

    /** The enterprise a person works for today, if any (the first current employment). */
    @RolesAllowed(Roles.INSTITUTION_ADMIN)
    public Optional<OrganisationRef> currentEmployer(long personId) {
        LocalDate today = PlatformClock.today();
        return repository.peopleByIds(List.of(personId)).stream().findFirst()
                .flatMap(p -> repository.employmentsOf(p).stream().filter(e -> e.isCurrent(today)).findFirst())
                .map(e -> OrganisationRef.of(e.organisation()));
    }

    /**
     * An enterprise's employments: those current today, or all (also ended ones). An enterprise admin may read only
     * their own enterprise; an institution reads any enterprise's current staff to fill a class roster. Anything else
     * is "not found".
     */
    @RolesAllowed({Roles.ENTERPRISE_ADMIN, Roles.INSTITUTION_ADMIN})
    public List<Member> employees(long organisationId, boolean currentOnly) {
        if (!context.isCallerInRole(Roles.INSTITUTION_ADMIN)) {
            Organisation own = repository.accountByUsername(context.getCallerPrincipal().getName())
                    .map(a -> a.organisation()).orElse(null);
            if (own == null || own.id() != organisationId) {
                throw new DomainException("organisation.notFound"); // another enterprise's people are not there
            }
        } else if (!currentOnly) {
            throw new DomainException("organisation.notFound"); // institutions see current staff only
        }
        Organisation org = repository.organisations(OrganisationType.ENTERPRISE).stream()
                .filter(o -> o.id() == organisationId).findFirst()
                .orElseThrow(() -> new DomainException("organisation.notFound"));
        LocalDate today = PlatformClock.today();
        return repository.employmentsAt(org, false).stream().filter(e -> !currentOnly || e.isCurrent(today))
                .map(Member::of).toList();
    }

    /** Names and masked ID numbers of people by id (for rosters and progress tables). */
    @RolesAllowed({Roles.ENTERPRISE_ADMIN, Roles.INSTITUTION_ADMIN})
    public Map<Long, PersonRef> people(Collection<Long> ids) {
        Map<Long, PersonRef> result = new HashMap<>();
        repository.peopleByIds(ids).forEach(p -> result.put(p.id(), PersonRef.of(p)));
        return result;
    }

    /** The active enterprises, for an institution choosing whose employees join a class. */
    @RolesAllowed(Roles.INSTITUTION_ADMIN)
    public List<OrganisationRef> enterprises() {
        return repository.organisations(OrganisationType.ENTERPRISE).stream().filter(Organisation::active)
                .map(OrganisationRef::of).toList();
    }

    /** Organisations by id (names for rosters). */
    @RolesAllowed({Roles.ENTERPRISE_ADMIN, Roles.INSTITUTION_ADMIN})
    public Map<Long, OrganisationRef> organisations(Collection<Long> ids) {
        Map<Long, OrganisationRef> result = new HashMap<>();
        repository.organisations(null).stream().filter(o -> ids.contains(o.id()))
                .forEach(o -> result.put(o.id(), OrganisationRef.of(o)));
        return result;
    }
}

package net.safeskill.lms.identity.domain;

import java.util.List;
import java.util.Optional;

import net.safeskill.lms.identity.domain.model.account.Account;
import net.safeskill.lms.identity.domain.model.employment.Employment;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.identity.domain.model.organisation.OrganisationType;
import net.safeskill.lms.identity.domain.model.person.Person;

/**
 * Persistence of the identity context's aggregates (Person, Account, Organisation, Employment). One interface
 * for the context keeps the application services small; the JPA implementation lives in infrastructure.
 */
public interface IdentityRepository {

    Optional<Person> personByResidentId(String residentId);

    /** The person an account belongs to, without loading the account (hot paths such as heartbeats). */
    Optional<Long> personIdOfUsername(String username);

    Optional<Person> personByMobile(String mobile);

    void store(Person person);

    Optional<Account> accountByUsername(String username);

    Optional<Account> accountOfPerson(Person person);

    /** Login by user name, resident ID number or mobile number, in that order. */
    Optional<Account> accountByLoginIdentifier(String identifier);

    void store(Account account);

    List<Account> accounts(String nameOrIdLike, int max);

    List<Account> staffOf(Organisation organisation);

    long countAccounts();

    Optional<Organisation> organisationByPublicId(String publicId);

    Optional<Organisation> organisation(long id);

    Optional<Organisation> organisationByCreditCode(String creditCode);

    Optional<Organisation> organisationByName(String name);

    List<Organisation> organisations(OrganisationType typeOrNull);

    void store(Organisation organisation);

    Optional<Employment> employmentByPublicId(String publicId);

    List<Employment> employmentsOf(Person person);

    List<Employment> employmentsAt(Organisation organisation, boolean currentOnly);

    void store(Employment employment);

    /** The people with these ids (for names on rosters and progress tables), in one query. */
    List<Person> peopleByIds(java.util.Collection<Long> ids);
}

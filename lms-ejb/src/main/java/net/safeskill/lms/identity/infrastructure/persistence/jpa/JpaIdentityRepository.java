package net.safeskill.lms.identity.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import net.safeskill.lms.identity.domain.IdentityRepository;
import net.safeskill.lms.identity.domain.model.account.Account;
import net.safeskill.lms.identity.domain.model.employment.Employment;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.identity.domain.model.organisation.OrganisationType;
import net.safeskill.lms.identity.domain.model.person.Person;

@ApplicationScoped
public class JpaIdentityRepository implements IdentityRepository {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    private <T> Optional<T> first(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    @Override
    public Optional<Person> personByResidentId(String residentId) {
        return first(em.createQuery("select p from Person p where p.residentId = :r", Person.class)
                .setParameter("r", residentId.toUpperCase(Locale.ROOT)).getResultList());
    }

    @Override
    public Optional<Person> personByMobile(String mobile) {
        return first(em.createQuery("select p from Person p where p.mobile = :m", Person.class)
                .setParameter("m", mobile).getResultList());
    }

    @Override
    public void store(Person person) {
        if (person.id() == null) {
            em.persist(person);
        }
    }

    @Override
    public Optional<Account> accountByUsername(String username) {
        return first(em.createQuery("select a from Account a join fetch a.person where a.username = :u", Account.class)
                .setParameter("u", username.strip().toLowerCase(Locale.ROOT)).getResultList());
    }

    @Override
    public Optional<Long> personIdOfUsername(String username) {
        return first(em.createQuery("select a.person.id from Account a where a.username = :u", Long.class)
                .setParameter("u", username.strip().toLowerCase(Locale.ROOT)).getResultList());
    }

    @Override
    public Optional<Account> accountOfPerson(Person person) {
        return first(em.createQuery("select a from Account a where a.person = :p", Account.class)
                .setParameter("p", person).getResultList());
    }

    @Override
    public Optional<Account> accountByLoginIdentifier(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return Optional.empty();
        }
        String id = identifier.strip();
        Optional<Account> byName = accountByUsername(id);
        if (byName.isPresent()) {
            return byName;
        }
        Optional<Account> byResidentId = first(em.createQuery(
                "select a from Account a join fetch a.person p where p.residentId = :r", Account.class)
                .setParameter("r", id.toUpperCase(Locale.ROOT)).getResultList());
        if (byResidentId.isPresent()) {
            return byResidentId;
        }
        return first(em.createQuery("select a from Account a join fetch a.person p where p.mobile = :m", Account.class)
                .setParameter("m", id).getResultList());
    }

    @Override
    public void store(Account account) {
        if (account.id() == null) {
            em.persist(account);
        }
    }

    @Override
    public List<Account> accounts(String nameOrIdLike, int max) {
        String like = nameOrIdLike == null || nameOrIdLike.isBlank() ? "%"
                : "%" + nameOrIdLike.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return em.createQuery("select a from Account a join fetch a.person p left join fetch a.organisation "
                        + "where lower(a.username) like :q or lower(p.fullName) like :q or lower(p.residentId) like :q "
                        + "or p.mobile like :q order by a.createdAt desc", Account.class)
                .setParameter("q", like).setMaxResults(max).getResultList();
    }

    @Override
    public List<Account> staffOf(Organisation organisation) {
        return em.createQuery("select a from Account a join fetch a.person p where a.organisation = :o "
                + "order by p.fullName", Account.class).setParameter("o", organisation).getResultList();
    }

    @Override
    public long countAccounts() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    @Override
    public Optional<Organisation> organisationByPublicId(String publicId) {
        return first(em.createQuery("select o from Organisation o where o.publicId = :p", Organisation.class)
                .setParameter("p", publicId).getResultList());
    }

    @Override
    public Optional<Organisation> organisation(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> organisationByCreditCode(String creditCode) {
        return first(em.createQuery("select o from Organisation o where o.creditCode = :c", Organisation.class)
                .setParameter("c", creditCode).getResultList());
    }

    @Override
    public Optional<Organisation> organisationByName(String name) {
        return first(em.createQuery("select o from Organisation o where o.name = :n", Organisation.class)
                .setParameter("n", name.strip()).getResultList());
    }

    @Override
    public List<Organisation> organisations(OrganisationType typeOrNull) {
        if (typeOrNull == null) {
            return em.createQuery("select o from Organisation o order by o.type, o.name", Organisation.class)
                    .getResultList();
        }
        return em.createQuery("select o from Organisation o where o.type = :t order by o.name", Organisation.class)
                .setParameter("t", typeOrNull).getResultList();
    }

    @Override
    public void store(Organisation organisation) {
        if (organisation.id() == null) {
            em.persist(organisation);
        }
    }

    @Override
    public Optional<Employment> employmentByPublicId(String publicId) {
        return first(em.createQuery("select e from Employment e join fetch e.person join fetch e.organisation "
                + "where e.publicId = :p", Employment.class).setParameter("p", publicId).getResultList());
    }

    @Override
    public List<Employment> employmentsOf(Person person) {
        return em.createQuery("select e from Employment e join fetch e.organisation where e.person = :p "
                + "order by e.startDate desc", Employment.class).setParameter("p", person).getResultList();
    }

    @Override
    public List<Employment> employmentsAt(Organisation organisation, boolean currentOnly) {
        String jpql = "select e from Employment e join fetch e.person p where e.organisation = :o"
                + (currentOnly ? " and e.endDate is null" : "") + " order by p.fullName, e.startDate desc";
        return em.createQuery(jpql, Employment.class).setParameter("o", organisation).getResultList();
    }

    @Override
    public void store(Employment employment) {
        if (employment.id() == null) {
            em.persist(employment);
        }
    }

    @Override
    public List<Person> peopleByIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Person p where p.id in :ids", Person.class).setParameter("ids", ids)
                .getResultList();
    }
}

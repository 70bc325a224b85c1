package net.safeskill.lms.identity.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import net.safeskill.lms.identity.domain.IdentityRepository;
import net.safeskill.lms.identity.domain.model.account.Account;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.identity.domain.model.organisation.Region;
import net.safeskill.lms.shared.application.PlatformClock;

/**
 * Resolves the authenticated caller to their account. Services use this, never a user name passed in from a page,
 * so that nobody acts as somebody else by editing a request.
 */
@Stateless
public class CallerAccounts {

    private static final int MAX_REMEMBERED = 200_000;
    private static final Map<String, Long> PERSON_IDS = new ConcurrentHashMap<>();

    @Resource
    private SessionContext context;

    @Inject
    private IdentityRepository repository;

    public Account current() {
        return repository.accountByUsername(callerName()).orElseThrow(() -> new EJBAccessException("unknown caller"));
    }

    /**
     * The caller's person id, for paths that need no more (every study heartbeat). An account's user name and person
     * never change and accounts are never deleted, so the pair is remembered once read (bounded, per node).
     */
    public long currentPersonId() {
        String name = callerName();
        Long id = PERSON_IDS.get(name);
        if (id == null) {
            id = repository.personIdOfUsername(name).orElseThrow(() -> new EJBAccessException("unknown caller"));
            if (PERSON_IDS.size() < MAX_REMEMBERED) {
                PERSON_IDS.put(name, id);
            }
        }
        return id;
    }

    private String callerName() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        if (name == null || "anonymous".equals(name)) {
            throw new EJBAccessException("not authenticated");
        }
        return name;
    }

    /**
     * The region whose rules apply to the caller: that of their current employer, else of the organisation they
     * work for as staff; empty for a person with neither (rules then fall back to the platform defaults).
     */
    public Optional<Region> currentRegion() {
        Account account = current();
        LocalDate today = PlatformClock.today();
        Optional<Region> employer = repository.employmentsOf(account.person()).stream()
                .filter(e -> e.isCurrent(today)).map(e -> e.organisation().region()).findFirst();
        if (employer.isPresent()) {
            return employer;
        }
        return Optional.ofNullable(account.organisation()).map(Organisation::region);
    }

    /** The organisation the caller works for as staff; a staff caller without one is refused. */
    public Organisation currentOrganisation() {
        Organisation org = current().organisation();
        if (org == null) {
            throw new EJBAccessException("caller belongs to no organisation");
        }
        return org;
    }
}

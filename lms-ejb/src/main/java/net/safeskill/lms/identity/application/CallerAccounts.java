package net.safeskill.lms.identity.application;

import java.time.LocalDate;
import java.util.Optional;

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

    @Resource
    private SessionContext context;

    @Inject
    private IdentityRepository repository;

    public Account current() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        if (name == null || "anonymous".equals(name)) {
            throw new EJBAccessException("not authenticated");
        }
        return repository.accountByUsername(name).orElseThrow(() -> new EJBAccessException("unknown caller"));
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

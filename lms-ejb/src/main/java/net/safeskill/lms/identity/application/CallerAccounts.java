package net.safeskill.lms.identity.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import net.safeskill.lms.identity.domain.IdentityRepository;
import net.safeskill.lms.identity.domain.model.account.Account;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;

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

    /** The organisation the caller works for as staff; a staff caller without one is refused. */
    public Organisation currentOrganisation() {
        Organisation org = current().organisation();
        if (org == null) {
            throw new EJBAccessException("caller belongs to no organisation");
        }
        return org;
    }
}

package net.safeskill.lms.it.support;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;

/**
 * In-container tests call the real services as a given demo user: each subclass is an EJB annotated with
 * {@code @RunAs(role)} and {@code @RunAsPrincipal(user)}, so {@code @RolesAllowed} and organisation scoping are
 * exercised for real.
 */
@PermitAll
public abstract class RunAsCaller {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}

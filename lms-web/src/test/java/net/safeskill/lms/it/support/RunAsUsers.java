package net.safeskill.lms.it.support;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * In-container tests call the real services as a given demo user: each bean runs its callable with that user's
 * principal and role, so {@code @RolesAllowed} and organisation scoping are exercised for real.
 */
public final class RunAsUsers {

    private RunAsUsers() {
    }

    @Stateless
    @RunAs("LEARNER")
    @RunAsPrincipal("worker")
    @PermitAll
    public static class Worker {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    @Stateless
    @RunAs("ENTERPRISE_ADMIN")
    @RunAsPrincipal("enterprise")
    @PermitAll
    public static class Enterprise {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    @Stateless
    @RunAs("ENTERPRISE_ADMIN")
    @RunAsPrincipal("yyenterprise")
    @PermitAll
    public static class OtherEnterprise {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    @Stateless
    @RunAs("INSTITUTION_ADMIN")
    @RunAsPrincipal("institution")
    @PermitAll
    public static class Institution {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    @Stateless
    @RunAs("SYSTEM_ADMIN")
    @RunAsPrincipal("sysadmin")
    @PermitAll
    public static class Sysadmin {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }
}

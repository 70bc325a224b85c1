package net.safeskill.lms.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

import net.safeskill.lms.identity.domain.model.account.Roles;

/**
 * Jakarta Security set-up: a custom form (our Faces login page calls {@code SecurityContext.authenticate}), the
 * {@link PlatformIdentityStore} that checks the PBKDF2 hash with throttling and audit, and the platform's roles.
 * Protected URLs and their roles are declared in web.xml; the services check roles again with {@code @RolesAllowed}.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({Roles.LEARNER, Roles.ENTERPRISE_ADMIN, Roles.INSTITUTION_ADMIN, Roles.EXAM_ADMIN, Roles.PROCTOR,
        Roles.REGULATOR, Roles.SYSTEM_ADMIN})
public class SecurityConfiguration {
}

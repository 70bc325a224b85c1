package net.safeskill.lms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import net.safeskill.lms.identity.application.AuthenticationResult;
import net.safeskill.lms.identity.application.AuthenticationService;

/**
 * Validates user name / resident ID / mobile plus password through {@link AuthenticationService} (throttling,
 * audit) and hands the outcome to {@link LoginOutcome} so that the login page can say why it failed.
 */
@ApplicationScoped
public class PlatformIdentityStore implements IdentityStore {

    @Inject
    private AuthenticationService authentication;

    @Inject
    private LoginOutcome outcome;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        AuthenticationResult result = authentication.authenticate(credential.getCaller(),
                credential.getPasswordAsString());
        outcome.set(result);
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(), result.roles());
    }
}

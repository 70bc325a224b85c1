package net.safeskill.lms.web.security;

import jakarta.enterprise.context.RequestScoped;

import net.safeskill.lms.identity.application.AuthenticationResult;

/** Carries the detailed result of the identity store to the login page within one request. */
@RequestScoped
public class LoginOutcome {

    private AuthenticationResult result;

    public AuthenticationResult get() {
        return result;
    }

    void set(AuthenticationResult result) {
        this.result = result;
    }
}

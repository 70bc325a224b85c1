package net.safeskill.lms.identity.application;

import java.util.Set;

/** The outcome of a login attempt, as the web tier needs it. */
public record AuthenticationResult(Outcome outcome, String username, Set<String> roles, String preferredLocale,
                                   boolean mustChangePassword) {

    public enum Outcome { SUCCESS, INVALID_CREDENTIALS, THROTTLED, DISABLED }

    static AuthenticationResult failed(Outcome outcome) {
        return new AuthenticationResult(outcome, null, Set.of(), null, false);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}

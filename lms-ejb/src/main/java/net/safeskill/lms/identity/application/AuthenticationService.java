package net.safeskill.lms.identity.application;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import net.safeskill.lms.audit.application.AuditLog;
import net.safeskill.lms.audit.domain.model.AuditAction;
import net.safeskill.lms.identity.domain.IdentityRepository;
import net.safeskill.lms.identity.domain.model.account.Account;
import net.safeskill.lms.identity.domain.model.account.Role;
import net.safeskill.lms.shared.application.RequestOrigin;

/**
 * Checks a login (user name, resident ID number or mobile number, plus password): throttled per account and per
 * address before the slow hash is computed, every success and failure audited with the client address.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    @Inject
    private IdentityRepository repository;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private AuditLog audit;

    @Inject
    private RequestOrigin origin;

    public AuthenticationResult authenticate(String identifier, String password) {
        String address = origin.remoteAddress();
        String id = identifier == null ? "" : identifier.strip();
        if (throttle.isLocked(id, address)) {
            audit.record(maskUnknown(id), AuditAction.LOGIN_THROTTLED, "account", null, null);
            return AuthenticationResult.failed(AuthenticationResult.Outcome.THROTTLED);
        }
        Optional<Account> found = repository.accountByLoginIdentifier(id);
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            throttle.recordFailure(id, address);
            audit.record(maskUnknown(id), AuditAction.LOGIN_FAILURE, "account", null, "unknown identifier");
            return AuthenticationResult.failed(AuthenticationResult.Outcome.INVALID_CREDENTIALS);
        }
        Account account = found.get();
        if (!hasher.verify(password, account.passwordHash())) {
            throttle.recordFailure(id, address);
            audit.record(account.username(), AuditAction.LOGIN_FAILURE, "account", account.username(),
                    "wrong password");
            return AuthenticationResult.failed(AuthenticationResult.Outcome.INVALID_CREDENTIALS);
        }
        if (!account.enabled()) {
            audit.record(account.username(), AuditAction.LOGIN_DISABLED_ACCOUNT, "account", account.username(), null);
            return AuthenticationResult.failed(AuthenticationResult.Outcome.DISABLED);
        }
        throttle.recordSuccess(id);
        account.recordLogin(Instant.now());
        audit.record(account.username(), AuditAction.LOGIN_SUCCESS, "account", account.username(), null);
        return new AuthenticationResult(AuthenticationResult.Outcome.SUCCESS, account.username(),
                account.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
                account.preferredLocale(), account.mustChangePassword());
    }

    /** Unknown identifiers may be someone's ID number or a mistyped password: keep only a hint in the audit log. */
    static String maskUnknown(String identifier) {
        if (identifier.length() <= 4) {
            return "?" + "*".repeat(identifier.length());
        }
        return "?" + identifier.substring(0, 3) + "***" + identifier.substring(identifier.length() - 1);
    }
}

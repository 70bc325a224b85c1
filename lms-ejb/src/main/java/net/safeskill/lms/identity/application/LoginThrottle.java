package net.safeskill.lms.identity.application;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.infinispan.Cache;

/**
 * Login throttling (登录限流) per account identifier and per client address, kept in the application's Infinispan
 * cache (cache container {@code lms}, cache {@code login-attempts}) so that it holds across cluster nodes once the
 * cache is replicated. A counter lives for {@code lms.login.lockMinutes} after its last failure.
 */
@ApplicationScoped
public class LoginThrottle {

    @Resource(lookup = "java:jboss/infinispan/cache/lms/login-attempts")
    private Cache<String, Integer> failures;

    int maxPerAccount() {
        return Integer.getInteger("lms.login.maxFailuresPerAccount", 5);
    }

    int maxPerAddress() {
        return Integer.getInteger("lms.login.maxFailuresPerAddress", 30);
    }

    public int lockMinutes() {
        return Integer.getInteger("lms.login.lockMinutes", 15);
    }

    private static String accountKey(String identifier) {
        return "acct:" + (identifier == null ? "" : identifier.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "addr:" + address;
    }

    public boolean isLocked(String identifier, String address) {
        return failures.getOrDefault(accountKey(identifier), 0) >= maxPerAccount()
                || failures.getOrDefault(addressKey(address), 0) >= maxPerAddress();
    }

    public void recordFailure(String identifier, String address) {
        failures.merge(accountKey(identifier), 1, Integer::sum, lockMinutes(), TimeUnit.MINUTES);
        failures.merge(addressKey(address), 1, Integer::sum, lockMinutes(), TimeUnit.MINUTES);
    }

    /** A successful login clears the account's counter (not the address's: one good password does not vouch for an address). */
    public void recordSuccess(String identifier) {
        failures.remove(accountKey(identifier));
    }
}

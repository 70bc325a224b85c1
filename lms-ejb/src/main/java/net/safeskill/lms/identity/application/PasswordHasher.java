package net.safeskill.lms.identity.application;

import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Slow salted password hashing: PBKDF2-HMAC-SHA256 from Jakarta Security (the server's maintained implementation),
 * 32-byte random salt, iterations configurable with {@code lms.password.iterations} (default 210,000). The stored
 * string carries algorithm, iterations and salt, so the work factor can be raised without invalidating old hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int DEFAULT_ITERATIONS = 210_000;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /** Verified when the account does not exist, so that timing does not reveal which accounts exist. */
    private String decoyHash;

    @PostConstruct
    void init() {
        Map<String, String> params = new HashMap<>();
        params.put("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256");
        params.put("Pbkdf2PasswordHash.Iterations",
                Integer.toString(Integer.getInteger("lms.password.iterations", DEFAULT_ITERATIONS)));
        params.put("Pbkdf2PasswordHash.SaltSizeBytes", "32");
        params.put("Pbkdf2PasswordHash.KeySizeBytes", "32");
        pbkdf2.initialize(params);
        decoyHash = pbkdf2.generate("decoy-password-never-used".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return password != null && pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the same time as a real verification and returns false. */
    public boolean verifyDecoy(String password) {
        pbkdf2.verify(password == null ? new char[0] : password.toCharArray(), decoyHash);
        return false;
    }
}

package net.safeskill.lms.web.security;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

/**
 * The per-session token that every state-changing REST call must send in the {@code X-CSRF-Token} header. Pages
 * expose it in a {@code <meta name="csrf-token">} tag; Faces forms are protected by their view state instead.
 */
@Named("csrf")
@SessionScoped
public class CsrfToken implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;

    public CsrfToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String getToken() {
        return token;
    }

    /** Constant-time comparison. */
    public boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.US_ASCII));
    }
}

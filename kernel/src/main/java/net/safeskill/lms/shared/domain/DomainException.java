package net.safeskill.lms.shared.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * DomainException (领域异常): thrown when a domain rule is violated.
 *
 * <p>The exception carries only a language-neutral error {@link #code() code} (for example
 * {@code residentId.checkDigit}) plus optional {@link #args() arguments}. It never carries a
 * user-facing message: the web layer resolves the bundle key {@code error.<code>} and formats
 * it with the arguments. {@link #getMessage()} is an English, log-oriented rendering of the
 * code and its arguments.
 *
 * <p>Arguments should never contain personal data (全文证件号、手机号等), because they end up in
 * logs via {@link #getMessage()}.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final Object[] args;

    /**
     * @param code error code, non-null and non-blank, e.g. {@code password.tooShort}
     * @param args optional message arguments (e.g. a minimum length); may be empty
     */
    public DomainException(String code, Object... args) {
        super(buildMessage(requireCode(code), args));
        this.code = code;
        this.args = args == null ? new Object[0] : args.clone();
    }

    private static String requireCode(String code) {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        return code;
    }

    private static String buildMessage(String code, Object[] args) {
        if (args == null || args.length == 0) {
            return "Domain rule violated: " + code;
        }
        return "Domain rule violated: " + code + " " + Arrays.toString(args);
    }

    /** @return the error code; the UI bundle key is {@code "error." + code()} */
    public String code() {
        return code;
    }

    /** @return a defensive copy of the message arguments (never {@code null}) */
    public Object[] args() {
        return args.clone();
    }
}

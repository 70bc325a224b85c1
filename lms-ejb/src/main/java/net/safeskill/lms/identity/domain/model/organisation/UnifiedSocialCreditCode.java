package net.safeskill.lms.identity.domain.model.organisation;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Locale;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * UnifiedSocialCreditCode (统一社会信用代码): the 18-character organisation identifier defined
 * by GB 32100-2015.
 *
 * <p>Characters come from the 31-symbol alphabet {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}
 * (no I, O, Z, S, V); the last character is a check character (校验码) computed with the
 * weights {@code 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28} modulo 31.
 *
 * <p>Input is trimmed and upper-cased. {@link #toString()} shows a {@link #masked() masked}
 * form, because codes of individual businesses (个体工商户) can identify a natural person.
 *
 * <p>Error codes: {@code creditCode.empty}, {@code creditCode.length},
 * {@code creditCode.format}, {@code creditCode.checkChar}.
 */
public final class UnifiedSocialCreditCode implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Length of a unified social credit code. */
    public static final int LENGTH = 18;

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;

    private UnifiedSocialCreditCode(String value) {
        this.value = value;
    }

    /**
     * Parses and validates a unified social credit code.
     *
     * @param raw user input, may be {@code null}
     * @throws DomainException with one of the codes listed in the class documentation
     */
    public static UnifiedSocialCreditCode parse(String raw) {
        String value = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new DomainException("creditCode.empty");
        }
        if (value.length() != LENGTH) {
            throw new DomainException("creditCode.length");
        }
        requireAlphabet(value);
        if (computeCheckCharacter(value.substring(0, 17)) != value.charAt(17)) {
            throw new DomainException("creditCode.checkChar");
        }
        return new UnifiedSocialCreditCode(value);
    }

    /**
     * Computes the check character (校验码) for the first 17 characters.
     *
     * @param first17 exactly 17 characters of the alphabet (upper case)
     * @throws DomainException {@code creditCode.empty}, {@code creditCode.length} or
     *                         {@code creditCode.format} if the argument is malformed
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.isEmpty()) {
            throw new DomainException("creditCode.empty");
        }
        if (first17.length() != 17) {
            throw new DomainException("creditCode.length");
        }
        requireAlphabet(first17);
        return computeCheckCharacter(first17);
    }

    /**
     * Appends the correct check character to the given 17 characters and {@link #parse(String)
     * parses} the result. Convenient for demo data and tests.
     */
    public static UnifiedSocialCreditCode withCheckCharacter(String first17) {
        return parse(first17 + checkCharacter(first17));
    }

    private static void requireAlphabet(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                throw new DomainException("creditCode.format");
            }
        }
    }

    private static char computeCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** @return the normalised 18-character code */
    public String value() {
        return value;
    }

    /** @return first 4 + 10 asterisks + last 4 characters */
    public String masked() {
        return value.substring(0, 4) + "**********" + value.substring(14);
    }

    private void readObject(ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        try {
            if (!parse(value).value.equals(value)) {
                throw new InvalidObjectException("non-normalised credit code");
            }
        } catch (DomainException e) {
            throw new InvalidObjectException("invalid credit code: " + e.code());
        }
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof UnifiedSocialCreditCode && value.equals(((UnifiedSocialCreditCode) o).value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return a masked representation that is safe for logs */
    @Override
    public String toString() {
        return "UnifiedSocialCreditCode[" + masked() + "]";
    }
}

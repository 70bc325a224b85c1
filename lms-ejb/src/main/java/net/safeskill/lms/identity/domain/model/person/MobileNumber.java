package net.safeskill.lms.identity.domain.model.person;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.regex.Pattern;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * MobileNumber (手机号码): an 11-digit mainland China mobile phone number matching
 * {@code 1[3-9]\d{9}}.
 *
 * <p>Input is normalised: whitespace and hyphens are removed and a leading country code
 * {@code +86} or {@code 0086} is stripped. {@link #toString()} only shows the
 * {@link #masked() masked} form, e.g. {@code 138****5678}.
 *
 * <p>Error codes: {@code mobile.empty}, {@code mobile.format}.
 */
public final class MobileNumber implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u3000-]+");
    private static final Pattern FORMAT = Pattern.compile("1[3-9][0-9]{9}");

    private final String value;

    private MobileNumber(String value) {
        this.value = value;
    }

    /**
     * Parses and validates a mobile number.
     *
     * @param raw user input, may be {@code null}
     * @throws DomainException {@code mobile.empty} if blank, {@code mobile.format} otherwise
     */
    public static MobileNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("mobile.empty");
        }
        String value = SEPARATORS.matcher(raw).replaceAll("");
        if (value.isEmpty()) {
            throw new DomainException("mobile.empty");
        }
        if (value.startsWith("+86")) {
            value = value.substring(3);
        } else if (value.startsWith("0086")) {
            value = value.substring(4);
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new DomainException("mobile.format");
        }
        return new MobileNumber(value);
    }

    /** @return the normalised 11-digit number without country code */
    public String value() {
        return value;
    }

    /** @return first 3 + 4 asterisks + last 4 digits, e.g. {@code 138****5678} */
    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }

    private void readObject(ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidObjectException("invalid mobile number");
        }
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof MobileNumber && value.equals(((MobileNumber) o).value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return a masked representation that is safe for logs */
    @Override
    public String toString() {
        return "MobileNumber[" + masked() + "]";
    }
}

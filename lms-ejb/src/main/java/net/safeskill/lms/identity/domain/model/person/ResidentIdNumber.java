package net.safeskill.lms.identity.domain.model.person;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Set;
import java.util.regex.Pattern;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * ResidentIdNumber (居民身份证号码): the 18-character citizen identity number defined by
 * GB 11643-1999 (公民身份号码).
 *
 * <p>Layout: 6-digit address code (地址码), 8-digit birth date {@code yyyyMMdd} (出生日期码),
 * 3-digit sequence code (顺序码, odd for men, even for women) and one check character
 * (校验码, {@code 0-9} or {@code X}) computed with ISO 7064 MOD 11-2.
 *
 * <p>The legacy 15-digit first-generation number (一代身份证) is deliberately rejected.
 * Instances are immutable; {@link #toString()} only shows the {@link #masked() masked} form
 * so that the full number never leaks into logs.
 *
 * <p>Error codes (see {@link DomainException#code()}): {@code residentId.empty},
 * {@code residentId.legacy15}, {@code residentId.length}, {@code residentId.format},
 * {@code residentId.region}, {@code residentId.birthDate}, {@code residentId.birthDateRange},
 * {@code residentId.checkDigit}.
 */
public final class ResidentIdNumber implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Length of a (second-generation) resident identity number. */
    public static final int LENGTH = 18;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern LEGACY_15 = Pattern.compile("[0-9]{15}");
    private static final Pattern FORMAT = Pattern.compile("[0-9]{17}[0-9X]");
    private static final Pattern BODY = Pattern.compile("[0-9]{17}");

    /** Province-level administrative division codes (省级行政区划代码). */
    private static final Set<String> PROVINCE_CODES = Set.of(
            "11", "12", "13", "14", "15",
            "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46",
            "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    private static final DateTimeFormatter BIRTH_DATE_FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private final String value;
    private final LocalDate birthDate;

    private ResidentIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses and validates a resident identity number, using the current date as the upper
     * bound of the birth date.
     *
     * @see #parse(String, LocalDate)
     */
    public static ResidentIdNumber parse(String raw) {
        return parse(raw, LocalDate.now());
    }

    /**
     * Parses and validates a resident identity number.
     *
     * <p>The input is normalised first: surrounding and inner whitespace is removed and a
     * lower-case {@code x} check character becomes {@code X}.
     *
     * @param raw   user input, may be {@code null}
     * @param today the reference date; a birth date after it is rejected
     * @throws DomainException with one of the codes listed in the class documentation
     */
    public static ResidentIdNumber parse(String raw, LocalDate today) {
        if (today == null) {
            throw new NullPointerException("today");
        }
        String value = normalise(raw);
        if (value.isEmpty()) {
            throw new DomainException("residentId.empty");
        }
        if (LEGACY_15.matcher(value).matches()) {
            throw new DomainException("residentId.legacy15");
        }
        if (value.length() != LENGTH) {
            throw new DomainException("residentId.length");
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new DomainException("residentId.format");
        }
        if (!PROVINCE_CODES.contains(value.substring(0, 2)) || "0000".equals(value.substring(2, 6))) {
            throw new DomainException("residentId.region");
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.parse(value.substring(6, 14), BIRTH_DATE_FORMAT);
        } catch (DateTimeParseException e) {
            throw new DomainException("residentId.birthDate");
        }
        if (birthDate.isAfter(today) || birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
            throw new DomainException("residentId.birthDateRange");
        }
        if (computeCheckDigit(value.substring(0, 17)) != value.charAt(17)) {
            throw new DomainException("residentId.checkDigit");
        }
        return new ResidentIdNumber(value, birthDate);
    }

    /**
     * Computes the check character (校验码) for the first 17 digits.
     *
     * @param first17Digits exactly 17 ASCII digits
     * @return {@code '0'..'9'} or {@code 'X'}
     * @throws DomainException {@code residentId.empty}, {@code residentId.length} or
     *                         {@code residentId.format} if the argument is not 17 digits
     */
    public static char checkDigit(String first17Digits) {
        if (first17Digits == null || first17Digits.isEmpty()) {
            throw new DomainException("residentId.empty");
        }
        if (first17Digits.length() != 17) {
            throw new DomainException("residentId.length");
        }
        if (!BODY.matcher(first17Digits).matches()) {
            throw new DomainException("residentId.format");
        }
        return computeCheckDigit(first17Digits);
    }

    /**
     * Appends the correct check character to the given 17 digits and {@link #parse(String)
     * parses} the result. Convenient for demo data and tests.
     *
     * @throws DomainException if the body is malformed or the resulting number is invalid
     */
    public static ResidentIdNumber withCheckDigit(String first17Digits) {
        return parse(first17Digits + checkDigit(first17Digits));
    }

    private static char computeCheckDigit(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    private static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        return WHITESPACE.matcher(raw).replaceAll("").replace('x', 'X');
    }

    /** @return the normalised 18-character number (handle with care: personal data) */
    public String value() {
        return value;
    }

    /** @return the birth date (出生日期) encoded in digits 7-14 */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** @return the gender (性别) encoded in the 17th digit: odd = male, even = female */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** @return the 2-digit province-level code (省级行政区划代码), e.g. {@code "11"} for Beijing */
    public String provinceCode() {
        return value.substring(0, 2);
    }

    /** @return first 4 + 10 asterisks + last 4 characters, e.g. {@code 3205**********123X} */
    public String masked() {
        return value.substring(0, 4) + "**********" + value.substring(14);
    }

    private void readObject(ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        try {
            ResidentIdNumber check = parse(value, LocalDate.now());
            if (!check.birthDate.equals(birthDate)) {
                throw new InvalidObjectException("inconsistent birth date");
            }
        } catch (DomainException e) {
            throw new InvalidObjectException("invalid resident ID number: " + e.code());
        }
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ResidentIdNumber && value.equals(((ResidentIdNumber) o).value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return a masked representation that is safe for logs */
    @Override
    public String toString() {
        return "ResidentIdNumber[" + masked() + "]";
    }
}

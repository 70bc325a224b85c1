package net.safeskill.lms.identity.domain.model.account;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * PasswordPolicy (密码策略): the rules a new account password must satisfy.
 *
 * <p>Rules are checked in this order; the first violation throws a {@link DomainException}:
 * <ol>
 *   <li>{@code password.empty}: null or empty;</li>
 *   <li>{@code password.tooShort} (arg {@value #MIN_LENGTH}): fewer than {@value #MIN_LENGTH}
 *       characters (Unicode code points);</li>
 *   <li>{@code password.tooLong} (arg {@value #MAX_LENGTH}): more than {@value #MAX_LENGTH}
 *       characters;</li>
 *   <li>{@code password.letterAndDigit}: not at least one letter and at least one digit;</li>
 *   <li>{@code password.common}: case-insensitively equal to a well-known weak password
 *       (常见弱口令), including ones popular in China;</li>
 *   <li>{@code password.personal}: contains (case-insensitively) a piece of personal data
 *       (个人信息) such as the user name, name, mobile number or e-mail of at least
 *       {@value #MIN_PERSONAL_LENGTH} characters, or, for an 18-character resident identity
 *       number, its 8-digit birth date or its last 6 characters.</li>
 * </ol>
 * Error arguments never contain the password or the personal data.
 */
public final class PasswordPolicy {

    /** Minimum password length. */
    public static final int MIN_LENGTH = 8;
    /** Maximum password length. */
    public static final int MAX_LENGTH = 64;
    /** Personal data shorter than this is ignored (too many false positives). */
    public static final int MIN_PERSONAL_LENGTH = 4;

    private static final Pattern RESIDENT_ID = Pattern.compile("[0-9]{17}[0-9Xx]");

    /** Well-known weak passwords, lower case (常见弱口令). */
    private static final Set<String> COMMON_PASSWORDS = Set.of(
            "12345678", "123456789", "1234567890", "87654321", "11111111", "88888888",
            "66666666", "00000000", "11223344", "12341234", "147258369", "123123123",
            "password", "password1", "password123", "passw0rd", "p@ssw0rd", "p@ssword1",
            "qwerty123", "qwertyuiop", "qwer1234", "1q2w3e4r", "1qaz2wsx", "1qaz@wsx",
            "qazwsx123", "zaq12wsx", "zxcvbnm1", "zxcvbnm123", "asdf1234", "asdfghjkl",
            "a12345678", "a123456789", "a1234567", "aa123456", "abc12345", "abc123456",
            "abcd1234", "abcd12345", "abc123abc", "123456abc", "123456aa", "12345678a",
            "woaini1314", "woaini520", "5201314a", "a5201314", "1314520a", "iloveyou1",
            "iloveyou520", "admin123", "admin888", "admin1234", "administrator1", "root1234",
            "qq123456", "qq5201314", "test1234", "welcome1", "letmein1", "monkey123",
            "dragon123", "sunshine1", "football1", "baseball1", "trustno1", "superman1",
            "china123", "beijing2008", "huawei123", "taobao123");

    private PasswordPolicy() {
    }

    /**
     * Checks a candidate password.
     *
     * @param password     the candidate password
     * @param personalData personal data of the account holder (user name, real name, mobile
     *                     number, e-mail, resident identity number ...); {@code null} and blank
     *                     elements are ignored
     * @throws DomainException with the first violated rule's code (see class documentation)
     */
    public static void check(String password, String... personalData) {
        if (password == null || password.isEmpty()) {
            throw new DomainException("password.empty");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new DomainException("password.tooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new DomainException("password.tooLong", MAX_LENGTH);
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw new DomainException("password.letterAndDigit");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON_PASSWORDS.contains(lower)) {
            throw new DomainException("password.common");
        }
        if (personalData != null) {
            for (String item : personalData) {
                if (containsPersonal(lower, item)) {
                    throw new DomainException("password.personal");
                }
            }
        }
    }

    private static boolean containsPersonal(String lowerPassword, String item) {
        if (item == null || item.isBlank()) {
            return false;
        }
        String data = item.strip().toLowerCase(Locale.ROOT);
        if (data.length() >= MIN_PERSONAL_LENGTH && lowerPassword.contains(data)) {
            return true;
        }
        if (RESIDENT_ID.matcher(data).matches()) {
            String birthDate = data.substring(6, 14);
            String last6 = data.substring(12);
            return lowerPassword.contains(birthDate) || lowerPassword.contains(last6);
        }
        return false;
    }
}

package net.safeskill.lms.identity.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import net.safeskill.lms.shared.domain.DomainException;

/** Tests for {@link PasswordPolicy} (密码策略). */
class PasswordPolicyTest {

    private static final String RESIDENT_ID = "110101199003074477";
    private static final String RESIDENT_ID_X = "11010519491231002X";

    private static DomainException violation(String password, String... personalData) {
        return assertThrows(DomainException.class, () -> PasswordPolicy.check(password, personalData));
    }

    private static String code(String password, String... personalData) {
        return violation(password, personalData).code();
    }

    // ---------------------------------------------------------------- accepted

    @ParameterizedTest
    @ValueSource(strings = {
        "Xk7mPq2w",                 // exactly 8
        "correct horse 9 battery",
        "Tr0ub4dor&3",
        "9zY!9zY!",
        "\u5b89\u5168\u5b66\u4e60\u57f9\u8bad2025",   // CJK letters + digits
        "abc9xYz!q"
    })
    void acceptsStrongPasswords(String password) {
        assertDoesNotThrow(() -> PasswordPolicy.check(password));
        assertDoesNotThrow(() -> PasswordPolicy.check(password, "zhangsan", "13812345678", RESIDENT_ID));
    }

    // ---------------------------------------------------------------- empty / length

    @ParameterizedTest
    @NullAndEmptySource
    void emptyPassword(String password) {
        assertEquals("password.empty", code(password));
    }

    @Test
    void sevenCharactersIsTooShortEightIsEnough() {
        DomainException e = violation("Xk7mPq2");
        assertEquals("password.tooShort", e.code());
        assertArrayEquals(new Object[] {8}, e.args());
        assertDoesNotThrow(() -> PasswordPolicy.check("Xk7mPq2w"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "a1", "1234567", "       ", "abcdefg"})
    void tooShortIsCheckedBeforeComposition(String password) {
        assertEquals("password.tooShort", code(password));
    }

    @Test
    void lengthCountsCodePointsNotChars() {
        // 2 + 5 emoji = 7 code points but 12 chars
        String sevenCodePoints = "a1" + "\uD83D\uDE00".repeat(5);
        assertEquals(12, sevenCodePoints.length());
        assertEquals("password.tooShort", code(sevenCodePoints));
        assertDoesNotThrow(() -> PasswordPolicy.check("a1" + "\uD83D\uDE00".repeat(6)));
    }

    @Test
    void sixtyFourCharactersIsFineSixtyFiveIsTooLong() {
        String sixtyFour = "Zx9" + "q".repeat(61);
        assertEquals(64, sixtyFour.length());
        assertDoesNotThrow(() -> PasswordPolicy.check(sixtyFour));

        DomainException e = violation(sixtyFour + "q");
        assertEquals("password.tooLong", e.code());
        assertArrayEquals(new Object[] {64}, e.args());
    }

    @Test
    void tooLongIsCheckedBeforeComposition() {
        assertEquals("password.tooLong", code("a".repeat(65)));
        assertEquals("password.tooLong", code("1".repeat(100)));
    }

    // ---------------------------------------------------------------- composition

    @ParameterizedTest
    @ValueSource(strings = {
        "abcdefgh",
        "ABCDEFGHIJ",
        "password",          // common, but composition is checked first
        "87654329",
        "12345678",          // common, but composition is checked first
        "!@#$%^&*1",
        "!@#$%^&*a",
        "        ",
        "\u5b89\u5168\u5b66\u4e60\u57f9\u8bad\u8bfe\u7a0b"   // letters only
    })
    void needsLetterAndDigit(String password) {
        assertEquals("password.letterAndDigit", code(password));
    }

    // ---------------------------------------------------------------- common

    @ParameterizedTest
    @ValueSource(strings = {
        "password1", "PASSWORD1", "Password1", "qwerty123", "QWERTY123", "a12345678", "A123456789",
        "abc12345", "abcd1234", "ABCD1234", "1qaz2wsx", "1QAZ2WSX", "woaini1314", "WoAiNi1314",
        "5201314a", "5201314A", "iloveyou1", "ILoveYou1", "admin123", "Admin888", "qq123456", "QQ123456",
        "zxcvbnm1", "p@ssw0rd", "P@ssW0rd", "passw0rd", "1q2w3e4r", "qwer1234", "zaq12wsx", "test1234",
        "woaini520", "a5201314", "1314520a", "admin1234", "root1234", "welcome1", "trustno1", "abc123456"
    })
    void commonPasswordsAreRejected(String password) {
        assertEquals("password.common", code(password));
    }

    @Test
    void commonCheckIsExactNotContains() {
        assertDoesNotThrow(() -> PasswordPolicy.check("mypassword1isLong"));
        assertDoesNotThrow(() -> PasswordPolicy.check("xadmin123x"));
    }

    @Test
    void commonIsCheckedBeforePersonal() {
        assertEquals("password.common", code("admin123", "admin"));
    }

    // ---------------------------------------------------------------- personal data

    @Test
    void containsUserName() {
        assertEquals("password.personal", code("Zhangsan2024!", "zhangsan"));
        assertEquals("password.personal", code("my-ZHANGSAN-9", "ZhangSan"));
        assertEquals("password.personal", code("x1zhangsan", " zhangsan "));
    }

    @Test
    void containsMobileOrEmail() {
        assertEquals("password.personal", code("ab13812345678", "13812345678"));
        assertEquals("password.personal", code("Zs@Example.com1", "zs@example.com"));
    }

    @Test
    void personalDataOfExactlyFourCharactersCounts() {
        assertEquals("password.personal", code("wang9876x", "wang"));
    }

    @Test
    void personalDataShorterThanFourIsIgnored() {
        assertDoesNotThrow(() -> PasswordPolicy.check("liu98765x", "liu"));
        assertDoesNotThrow(() -> PasswordPolicy.check("abc9xYz!q", "abc", "9x", "q"));
    }

    @Test
    void nullBlankAndMissingPersonalDataAreIgnored() {
        assertDoesNotThrow(() -> PasswordPolicy.check("Xk7mPq2w", (String[]) null));
        assertDoesNotThrow(() -> PasswordPolicy.check("Xk7mPq2w", (String) null));
        assertDoesNotThrow(() -> PasswordPolicy.check("Xk7mPq2w", "", "    ", null));
        assertDoesNotThrow(() -> PasswordPolicy.check("Xk7mPq2w    ", "    "));
    }

    @Test
    void containsResidentIdBirthDate() {
        assertEquals("password.personal", code("Abc19900307", RESIDENT_ID));
        assertEquals("password.personal", code("x19491231y", RESIDENT_ID_X));
    }

    @Test
    void containsResidentIdLastSixCharacters() {
        assertEquals("password.personal", code("Secret074477", RESIDENT_ID));
        assertEquals("password.personal", code("Pwd31002xq", RESIDENT_ID_X));
        assertEquals("password.personal", code("Pwd31002Xq", RESIDENT_ID_X.toLowerCase()));
    }

    @Test
    void containsWholeResidentId() {
        assertEquals("password.personal", code("id" + RESIDENT_ID, RESIDENT_ID));
    }

    @Test
    void otherPartsOfResidentIdAreNotPersonalByThemselves() {
        // region code and a birth year alone are allowed
        assertDoesNotThrow(() -> PasswordPolicy.check("Beijing110101", RESIDENT_ID));
        assertDoesNotThrow(() -> PasswordPolicy.check("Summer1990!", RESIDENT_ID));
        // 5 of the last 6 characters only
        assertDoesNotThrow(() -> PasswordPolicy.check("Secret74477", RESIDENT_ID));
    }

    @Test
    void birthDateAndLastSixOnlyApplyToResidentIds() {
        // an 18-digit value that is not shaped like an ID (letter inside) gets no special treatment
        assertDoesNotThrow(() -> PasswordPolicy.check("Abc19900307", "1101011990A3074477"));
    }

    @Test
    void errorArgumentsDoNotContainSecrets() {
        DomainException e = violation("Zhangsan2024!", "zhangsan");
        assertEquals(0, e.args().length);
        assertFalse(e.getMessage().toLowerCase().contains("zhangsan"));
    }

    // ---------------------------------------------------------------- DomainException contract

    @Test
    void domainExceptionArgsAreDefensivelyCopied() {
        DomainException e = violation("short1");
        Object[] args = e.args();
        args[0] = 999;
        assertArrayEquals(new Object[] {8}, e.args());
        assertEquals("password.tooShort", e.code());
        assertEquals(true, e.getMessage().contains("password.tooShort"));
        assertEquals(true, e.getMessage().contains("8"));
    }
}

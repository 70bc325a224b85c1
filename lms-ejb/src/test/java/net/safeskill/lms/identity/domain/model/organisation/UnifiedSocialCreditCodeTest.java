package net.safeskill.lms.identity.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import net.safeskill.lms.shared.domain.DomainException;

/** Tests for {@link UnifiedSocialCreditCode} (统一社会信用代码). */
class UnifiedSocialCreditCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String VALID = "91350100M000100Y43";

    private static String code(String raw) {
        return assertThrows(DomainException.class, () -> UnifiedSocialCreditCode.parse(raw)).code();
    }

    @Test
    void acceptsKnownRealCode() {
        assertEquals(VALID, UnifiedSocialCreditCode.parse(VALID).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100m000100y43", "  91350100M000100Y43  ", "\t91350100m000100Y43\n"})
    void trimsAndUpperCases(String raw) {
        assertEquals(VALID, UnifiedSocialCreditCode.parse(raw).value());
    }

    @ParameterizedTest
    @CsvSource({
        "91350100M000100Y4, 3",
        "91110108710934476, L",
        "00000000000000000, 0",
        "91110000100003495, Y"
    })
    void checkCharacterOfKnownBodies(String body, char expected) {
        assertEquals(expected, UnifiedSocialCreditCode.checkCharacter(body));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void blankIsEmpty(String raw) {
        assertEquals("creditCode.empty", code(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "91350100M000100Y4",     // 17
        "91350100M000100Y433",   // 19
        "9135 0100M000100Y43",   // inner space makes it 19
        "9"
    })
    void wrongLengthIsRejected(String raw) {
        assertEquals("creditCode.length", code(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "91350100I000100Y43",
        "91350100O000100Y43",
        "91350100Z000100Y43",
        "91350100S000100Y43",
        "91350100V000100Y43",
        "91350100M000100Y4I",    // forbidden letter as check character
        "91350100M000100Y4-",
        "91350100M-00100Y43",
        "91350100M000100Y4\u00C9"
    })
    void charactersOutsideAlphabetAreRejected(String raw) {
        assertEquals("creditCode.format", code(raw));
    }

    @Test
    void lowerCaseForbiddenLettersAreStillRejected() {
        assertEquals("creditCode.format", code("91350100o000100y43"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"911101087109344766", "91350100M000100Y44", "91350100M000100Y4Y", "91350100M000010Y43"})
    void wrongCheckCharacterIsRejected(String raw) {
        assertEquals("creditCode.checkChar", code(raw));
    }

    @Test
    void everyOtherCheckCharacterIsRejected() {
        String body = VALID.substring(0, 17);
        for (char c : ALPHABET.toCharArray()) {
            if (c == '3') {
                assertEquals(VALID, UnifiedSocialCreditCode.parse(body + c).value());
            } else {
                assertEquals("creditCode.checkChar", code(body + c));
            }
        }
    }

    @Test
    void checkCharacterRejectsMalformedBodies() {
        assertEquals("creditCode.empty",
                assertThrows(DomainException.class, () -> UnifiedSocialCreditCode.checkCharacter(null)).code());
        assertEquals("creditCode.empty",
                assertThrows(DomainException.class, () -> UnifiedSocialCreditCode.checkCharacter("")).code());
        assertEquals("creditCode.length",
                assertThrows(DomainException.class, () -> UnifiedSocialCreditCode.checkCharacter(VALID)).code());
        assertEquals("creditCode.format",
                assertThrows(DomainException.class,
                        () -> UnifiedSocialCreditCode.checkCharacter("91350100O000100Y4")).code());
        assertEquals("creditCode.format",
                assertThrows(DomainException.class,
                        () -> UnifiedSocialCreditCode.checkCharacter("91350100m000100Y4")).code());
    }

    @Test
    void withCheckCharacter() {
        assertEquals(VALID, UnifiedSocialCreditCode.withCheckCharacter("91350100M000100Y4").value());
        assertEquals("91110108710934476L",
                UnifiedSocialCreditCode.withCheckCharacter("91110108710934476").value());
    }

    @Test
    void withCheckCharacterRoundTripForRandomBodies() {
        Random random = new Random(32100L);
        for (int i = 0; i < 1000; i++) {
            StringBuilder body = new StringBuilder();
            for (int j = 0; j < 17; j++) {
                body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            UnifiedSocialCreditCode code = UnifiedSocialCreditCode.withCheckCharacter(body.toString());
            char check = UnifiedSocialCreditCode.checkCharacter(body.toString());
            assertEquals(body.toString() + check, code.value());
            assertEquals(code, UnifiedSocialCreditCode.parse(code.value().toLowerCase()));

            // the check character of the whole code must make the weighted sum divisible by 31
            int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
            int sum = ALPHABET.indexOf(check);
            for (int j = 0; j < 17; j++) {
                sum += ALPHABET.indexOf(body.charAt(j)) * weights[j];
            }
            assertEquals(0, sum % 31);

            char wrong = ALPHABET.charAt((ALPHABET.indexOf(check) + 1 + random.nextInt(30)) % 31);
            assertEquals("creditCode.checkChar", code(body.toString() + wrong));
        }
    }

    @Test
    void maskedAndToString() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(VALID);
        assertEquals("9135**********0Y43", code.masked());
        assertFalse(code.toString().contains(VALID));
        assertTrue(code.toString().contains("9135**********0Y43"));
    }

    @Test
    void equalsAndHashCode() {
        UnifiedSocialCreditCode a = UnifiedSocialCreditCode.parse(VALID);
        UnifiedSocialCreditCode b = UnifiedSocialCreditCode.parse(" 91350100m000100y43 ");
        UnifiedSocialCreditCode c = UnifiedSocialCreditCode.withCheckCharacter("91110108710934476");
        assertEquals(a, a);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertNotEquals(a, null);
        assertNotEquals(a, VALID);
    }

    @Test
    void serializationRoundTrip() throws Exception {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(VALID);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(code);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(code, in.readObject());
        }
    }
}

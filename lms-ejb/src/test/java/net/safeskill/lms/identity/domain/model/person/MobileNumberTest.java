package net.safeskill.lms.identity.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import net.safeskill.lms.shared.domain.DomainException;

/** Tests for {@link MobileNumber} (手机号码). */
class MobileNumberTest {

    private static String code(String raw) {
        return assertThrows(DomainException.class, () -> MobileNumber.parse(raw)).code();
    }

    static Stream<Arguments> validInputs() {
        return Stream.of(
                Arguments.of("13812345678", "13812345678"),
                Arguments.of("  13812345678  ", "13812345678"),
                Arguments.of("138 1234 5678", "13812345678"),
                Arguments.of("138-1234-5678", "13812345678"),
                Arguments.of("+8613812345678", "13812345678"),
                Arguments.of("+86 138 1234 5678", "13812345678"),
                Arguments.of("+86-138-1234-5678", "13812345678"),
                Arguments.of("008613812345678", "13812345678"),
                Arguments.of("0086 13812345678", "13812345678"),
                Arguments.of("19912345678", "19912345678"),
                Arguments.of("\t15000000000\n", "15000000000"),
                Arguments.of("150\u30000000\u00A00000", "15000000000"));
    }

    @ParameterizedTest
    @MethodSource("validInputs")
    void acceptsAndNormalises(String raw, String expected) {
        assertEquals(expected, MobileNumber.parse(raw).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "4", "5", "6", "7", "8", "9"})
    void everyValidSecondDigitIsAccepted(String second) {
        String raw = "1" + second + "012345678";
        assertEquals(raw, MobileNumber.parse(raw).value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t", " - ", "--"})
    void blankIsEmpty(String raw) {
        assertEquals("mobile.empty", code(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "10012345678",     // second digit 0
        "11012345678",     // second digit 1
        "12012345678",     // second digit 2
        "23812345678",     // does not start with 1
        "1381234567",      // 10 digits
        "138123456789",    // 12 digits
        "1381234567a",
        "138.1234.5678",
        "(138)12345678",
        "8613812345678",   // country code without + or 00
        "+8513812345678",  // other country code
        "+86",
        "0086",
        "+861381234567",   // country code + 10 digits
        "+86+8613812345678",
        "13812345678+86",
        "\uFF11\uFF13\uFF18\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18",  // full-width digits
        "02112345678"      // landline-like
    })
    void invalidFormatsAreRejected(String raw) {
        assertEquals("mobile.format", code(raw));
    }

    @Test
    void masked() {
        assertEquals("138****5678", MobileNumber.parse("13812345678").masked());
        assertEquals("199****0000", MobileNumber.parse("+86 199 1234 0000").masked());
    }

    @Test
    void toStringDoesNotLeakTheNumber() {
        String s = MobileNumber.parse("13812345678").toString();
        assertFalse(s.contains("13812345678"));
        assertFalse(s.contains("1234"));
        assertTrue(s.contains("138****5678"));
    }

    @Test
    void equalsAndHashCode() {
        MobileNumber a = MobileNumber.parse("13812345678");
        MobileNumber b = MobileNumber.parse("+86 138-1234-5678");
        MobileNumber c = MobileNumber.parse("13812345679");
        assertEquals(a, a);
        assertEquals(a, b);
        assertEquals(b, a);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertNotEquals(a, null);
        assertNotEquals(a, "13812345678");
    }

    @Test
    void serializationRoundTrip() throws Exception {
        MobileNumber number = MobileNumber.parse("13812345678");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(number);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(number, in.readObject());
        }
    }
}

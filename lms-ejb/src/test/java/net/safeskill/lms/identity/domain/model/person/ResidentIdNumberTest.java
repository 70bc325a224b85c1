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
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import net.safeskill.lms.shared.domain.DomainException;

/** Tests for {@link ResidentIdNumber} (居民身份证号码). */
class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static final List<String> PROVINCES = List.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    private static String code(String raw) {
        return assertThrows(DomainException.class, () -> ResidentIdNumber.parse(raw, TODAY)).code();
    }

    /** Appends the correct check digit so that only the rule under test can fail. */
    private static String withCd(String body17) {
        return body17 + ResidentIdNumber.checkDigit(body17);
    }

    // ---------------------------------------------------------------- valid numbers

    @ParameterizedTest
    @ValueSource(strings = {
        "11010519491231002X",   // X check digit
        "110101199003074477",
        "32058419880819123X",
        "110105200002291235",   // 29 Feb in the leap year 2000
        "110105190001011231",   // earliest accepted birth date
        "110105202506011232"    // born "today"
    })
    void acceptsValidNumbers(String raw) {
        ResidentIdNumber id = ResidentIdNumber.parse(raw, TODAY);
        assertEquals(raw, id.value());
    }

    @Test
    void parseWithoutTodayUsesCurrentDate() {
        assertEquals("11010519491231002X", ResidentIdNumber.parse("11010519491231002X").value());
    }

    @Test
    void lowerCaseXIsAcceptedAndNormalised() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002x", TODAY);
        assertEquals("11010519491231002X", id.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        " 11010519491231002X ",
        "110105 19491231 002X",
        "1101 0519 4912 3100 2x",
        "\t11010519491231002x\n",
        "110105\u300019491231002X"   // ideographic space
    })
    void whitespaceIsRemoved(String raw) {
        assertEquals("11010519491231002X", ResidentIdNumber.parse(raw, TODAY).value());
    }

    // ---------------------------------------------------------------- empty / length / format

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "\u3000"})
    void blankIsEmpty(String raw) {
        assertEquals("residentId.empty", code(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105491231002", " 110105 491231 002 ", "000000000000000"})
    void legacy15DigitNumberIsRejected(String raw) {
        assertEquals("residentId.legacy15", code(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "11010519491231002",     // 17
        "11010519491231002X1",   // 19
        "1101051949123100211",   // 19 digits
        "1",
        "11010549123100X",       // 15 chars but not all digits
        "1101054912310021"       // 16
    })
    void wrongLengthIsRejected(String raw) {
        assertEquals("residentId.length", code(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1101051949A231002X",     // letter in the middle
        "110105194912310X2X",     // X not in last position
        "110105194912310x2X",     // lower-case x in the middle, normalised to X, still wrong
        "A1010519491231002X",
        "11010519491231002Y",     // invalid check character
        "11010519491231002-",
        "1101051949-231002X",
        "\uFF11\uFF11010519491231002X"   // full-width digits
    })
    void nonDigitsAreFormatErrors(String raw) {
        assertEquals("residentId.format", code(raw));
    }

    // ---------------------------------------------------------------- region

    @ParameterizedTest
    @ValueSource(strings = {"00", "99", "10", "16", "20", "24", "30", "38", "40", "47", "55", "60", "66",
        "70", "72", "80", "84", "90"})
    void invalidProvinceCodeIsRejected(String province) {
        assertEquals("residentId.region", code(withCd(province + "010519900307447")));
    }

    @Test
    void everyValidProvinceCodeIsAccepted() {
        for (String province : PROVINCES) {
            ResidentIdNumber id = ResidentIdNumber.parse(withCd(province + "010519900307447"), TODAY);
            assertEquals(province, id.provinceCode());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "44", "81"})
    void provinceCodeAloneIsNotAResidence(String province) {
        assertEquals("residentId.region", code(withCd(province + "000019900307447")));
    }

    @Test
    void regionIsCheckedBeforeBirthDateAndCheckDigit() {
        assertEquals("residentId.region", code("990105199002300000"));
    }

    // ---------------------------------------------------------------- birth date

    @ParameterizedTest
    @ValueSource(strings = {
        "19900230",   // 30 Feb
        "19900231",
        "19910229",   // 29 Feb, non-leap year
        "19000229",   // 1900 is not a leap year
        "21000229",   // neither is 2100
        "19901301",   // month 13
        "19900001",   // month 00
        "19900100",   // day 00
        "19900431",   // 31 April
        "19900132"
    })
    void impossibleDatesAreRejected(String date) {
        assertEquals("residentId.birthDate", code(withCd("110105" + date + "123")));
    }

    @Test
    void birthDateIsCheckedBeforeCheckDigit() {
        String valid = withCd("110105" + "19900230" + "123");
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        assertEquals("residentId.birthDate", code(valid.substring(0, 17) + wrong));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20000229", "19960229", "20240229"})
    void leapDayInLeapYearIsAccepted(String date) {
        ResidentIdNumber id = ResidentIdNumber.parse(withCd("110105" + date + "123"), TODAY);
        assertEquals(LocalDate.of(Integer.parseInt(date.substring(0, 4)), 2, 29), id.birthDate());
    }

    @Test
    void futureBirthDateIsRejected() {
        assertEquals("residentId.birthDateRange", code("110105202506021238"));
        assertEquals("residentId.birthDateRange", code(withCd("11010520300101123")));
    }

    @Test
    void birthDateRangeDependsOnToday() {
        String raw = "110105202506021238";
        assertEquals(LocalDate.of(2025, 6, 2),
                ResidentIdNumber.parse(raw, LocalDate.of(2025, 6, 2)).birthDate());
        assertEquals("residentId.birthDateRange",
                assertThrows(DomainException.class,
                        () -> ResidentIdNumber.parse(raw, LocalDate.of(2025, 6, 1))).code());
    }

    @Test
    void birthDateBefore1900IsRejected() {
        assertEquals("residentId.birthDateRange", code("110105189912311237"));
        assertEquals("residentId.birthDateRange", code("440524188001010014"));
        assertEquals("residentId.birthDateRange", code(withCd("11010500010101123")));
    }

    @Test
    void birthDateRangeIsCheckedBeforeCheckDigit() {
        assertEquals("residentId.birthDateRange", code("440524188001010015"));
    }

    // ---------------------------------------------------------------- check digit

    @ParameterizedTest
    @ValueSource(strings = {"110101199003074478", "110101199003074470", "110105194912310021",
        "11010119900307447X"})
    void wrongCheckDigitIsRejected(String raw) {
        assertEquals("residentId.checkDigit", code(raw));
    }

    @Test
    void everyWrongCheckCharacterIsRejected() {
        String body = "11010519491231002";
        for (char c : "0123456789X".toCharArray()) {
            if (c == 'X') {
                assertEquals("11010519491231002X", ResidentIdNumber.parse(body + c, TODAY).value());
            } else {
                assertEquals("residentId.checkDigit", code(body + c));
            }
        }
    }

    @Test
    void transposedDigitsAreDetected() {
        // 1990-03-07 vs 1990-03-70 would be a date error, so swap sequence digits instead
        assertEquals("residentId.checkDigit", code("110101199003077447"));
    }

    @ParameterizedTest
    @CsvSource({
        "11010519491231002, X",
        "11010119900307447, 7",
        "44052418800101001, 4",
        "32058419880819123, X",
        "11010520000229123, 5",
        "00000000000000000, 1"
    })
    void checkDigitOfKnownBodies(String body, char expected) {
        assertEquals(expected, ResidentIdNumber.checkDigit(body));
    }

    @Test
    void checkDigitRejectsMalformedBodies() {
        assertEquals("residentId.empty",
                assertThrows(DomainException.class, () -> ResidentIdNumber.checkDigit(null)).code());
        assertEquals("residentId.empty",
                assertThrows(DomainException.class, () -> ResidentIdNumber.checkDigit("")).code());
        assertEquals("residentId.length",
                assertThrows(DomainException.class, () -> ResidentIdNumber.checkDigit("1101051949123100")).code());
        assertEquals("residentId.length",
                assertThrows(DomainException.class, () -> ResidentIdNumber.checkDigit("11010519491231002X")).code());
        assertEquals("residentId.format",
                assertThrows(DomainException.class, () -> ResidentIdNumber.checkDigit("1101051949123100X")).code());
    }

    @Test
    void withCheckDigitRejectsInvalidBodies() {
        assertEquals("residentId.region",
                assertThrows(DomainException.class, () -> ResidentIdNumber.withCheckDigit("99010519491231002")).code());
        assertEquals("residentId.birthDate",
                assertThrows(DomainException.class, () -> ResidentIdNumber.withCheckDigit("11010519491331002")).code());
        assertEquals("residentId.length",
                assertThrows(DomainException.class, () -> ResidentIdNumber.withCheckDigit("110105")).code());
    }

    // ---------------------------------------------------------------- derived values

    @Test
    void derivedValues() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", TODAY);
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(Gender.FEMALE, id.gender());
        assertEquals("11", id.provinceCode());

        ResidentIdNumber other = ResidentIdNumber.parse("32058419880819123X", TODAY);
        assertEquals(LocalDate.of(1988, 8, 19), other.birthDate());
        assertEquals(Gender.MALE, other.gender());
        assertEquals("32", other.provinceCode());

        ResidentIdNumber male = ResidentIdNumber.parse("110101199003074477", TODAY);
        assertEquals(LocalDate.of(1990, 3, 7), male.birthDate());
        assertEquals(Gender.MALE, male.gender());
    }

    @ParameterizedTest
    @CsvSource({"0, FEMALE", "1, MALE", "2, FEMALE", "3, MALE", "4, FEMALE", "5, MALE", "6, FEMALE",
        "7, MALE", "8, FEMALE", "9, MALE"})
    void genderFollowsParityOf17thDigit(char digit, Gender expected) {
        assertEquals(expected, ResidentIdNumber.withCheckDigit("3205841988081912" + digit).gender());
    }

    @Test
    void masked() {
        assertEquals("3205**********123X", ResidentIdNumber.parse("32058419880819123X", TODAY).masked());
        assertEquals("1101**********002X", ResidentIdNumber.parse("11010519491231002x", TODAY).masked());
        assertEquals("1101**********4477", ResidentIdNumber.parse("110101199003074477", TODAY).masked());
    }

    @Test
    void toStringDoesNotLeakTheNumber() {
        ResidentIdNumber id = ResidentIdNumber.parse("32058419880819123X", TODAY);
        String s = id.toString();
        assertFalse(s.contains("32058419880819123X"));
        assertFalse(s.contains("19880819"));
        assertTrue(s.contains("3205**********123X"));
    }

    @Test
    void equalsAndHashCode() {
        ResidentIdNumber a = ResidentIdNumber.parse("11010519491231002X", TODAY);
        ResidentIdNumber b = ResidentIdNumber.parse(" 11010519491231002x ", TODAY);
        ResidentIdNumber c = ResidentIdNumber.parse("110101199003074477", TODAY);
        assertEquals(a, a);
        assertEquals(a, b);
        assertEquals(b, a);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertNotEquals(a, null);
        assertNotEquals(a, "11010519491231002X");
    }

    @Test
    void serializationRoundTrip() throws Exception {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", TODAY);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(id);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ResidentIdNumber copy = (ResidentIdNumber) in.readObject();
            assertEquals(id, copy);
            assertEquals(id.birthDate(), copy.birthDate());
        }
    }

    // ---------------------------------------------------------------- round trip

    @Test
    void withCheckDigitRoundTripForRandomValidBodies() {
        Random random = new Random(20250601L);
        long minDay = LocalDate.of(1900, 1, 1).toEpochDay();
        long maxDay = TODAY.toEpochDay();
        for (int i = 0; i < 1000; i++) {
            String province = PROVINCES.get(random.nextInt(PROVINCES.size()));
            String area = String.format("%04d", 1 + random.nextInt(9999));
            LocalDate birth = LocalDate.ofEpochDay(minDay + (long) (random.nextDouble() * (maxDay - minDay + 1)));
            String sequence = String.format("%03d", random.nextInt(1000));
            String body = province + area + String.format("%04d%02d%02d",
                    birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth()) + sequence;

            ResidentIdNumber id = ResidentIdNumber.withCheckDigit(body);
            char check = ResidentIdNumber.checkDigit(body);

            assertEquals(body + check, id.value());
            assertEquals(id, ResidentIdNumber.parse(id.value(), TODAY));
            assertEquals(id, ResidentIdNumber.parse(id.value().toLowerCase(), TODAY));
            assertEquals(birth, id.birthDate());
            assertEquals(province, id.provinceCode());
            assertEquals((sequence.charAt(2) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE, id.gender());

            char wrong = "0123456789X".charAt((("0123456789X".indexOf(check)) + 1 + random.nextInt(10)) % 11);
            assertEquals("residentId.checkDigit", code(body + wrong));
        }
    }
}

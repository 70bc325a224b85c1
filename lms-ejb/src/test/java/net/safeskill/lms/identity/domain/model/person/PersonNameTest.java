package net.safeskill.lms.identity.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import net.safeskill.lms.shared.domain.DomainException;

class PersonNameTest {

    @ParameterizedTest
    @CsvSource({"张伟,张伟", "'  欧阳  娜娜 ',欧阳 娜娜", "买买提•艾力,买买提·艾力", "John Smith,John Smith"})
    void acceptsRealNames(String raw, String expected) {
        assertEquals(expected, PersonName.normalise(raw));
    }

    @ParameterizedTest
    @CsvSource({"'',name.empty", "张,name.length", "张伟2,name.format", "<b>张伟</b>,name.format"})
    void refusesOthers(String raw, String code) {
        assertEquals(code, assertThrows(DomainException.class, () -> PersonName.normalise(raw)).code());
    }

    @Test
    void personDerivesBirthDateAndGenderAndChecksItsRealName() {
        Person p = new Person(ResidentIdNumber.withCheckDigit("32058219920417008"), "张伟",
                MobileNumber.parse("13800000007"), Instant.now());
        assertEquals(java.time.LocalDate.of(1992, 4, 17), p.birthDate());
        assertEquals(Gender.FEMALE, p.gender());
        assertTrue(p.hasName(" 张伟 "));
        assertFalse(p.hasName("张卫"));
        assertFalse(p.hasName(null));
    }
}

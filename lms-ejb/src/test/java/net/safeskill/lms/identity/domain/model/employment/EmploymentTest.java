package net.safeskill.lms.identity.domain.model.employment;

import net.safeskill.lms.shared.domain.model.PostCategory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.shared.domain.model.Industry;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.identity.domain.model.organisation.OrganisationType;
import net.safeskill.lms.identity.domain.model.organisation.Region;
import net.safeskill.lms.identity.domain.model.organisation.UnifiedSocialCreditCode;
import net.safeskill.lms.identity.domain.model.person.MobileNumber;
import net.safeskill.lms.identity.domain.model.person.Person;
import net.safeskill.lms.identity.domain.model.person.ResidentIdNumber;
import net.safeskill.lms.shared.domain.DomainException;

class EmploymentTest {

    static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Person person() {
        return new Person(ResidentIdNumber.withCheckDigit("32058219900101123"), "张伟",
                MobileNumber.parse("13800000007"), NOW);
    }

    static Organisation enterprise() {
        return new Organisation("苏州华盛化工有限公司", OrganisationType.ENTERPRISE,
                UnifiedSocialCreditCode.withCheckCharacter("91320500MA1XY2K3A").value(), Region.SUZHOU,
                Industry.CHEMICALS, null, null, NOW);
    }

    private static Employment employment(LocalDate start, LocalDate end) {
        return new Employment(person(), enterprise(), " 电工 ", PostCategory.SPECIAL_OPERATOR, EmploymentType.DIRECT,
                start, end, TODAY, "enterprise", NOW);
    }

    private static String code(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }

    @Test
    void recordsPostCategoryTypeAndDates() {
        Employment e = employment(LocalDate.of(2019, 3, 1), null);
        assertEquals("电工", e.post());
        assertTrue(e.postCategory().isThreeKeyPosts());
        assertTrue(e.isCurrent(TODAY));
        assertFalse(PostCategory.TEAM_LEADER.isThreeKeyPosts());
    }

    @Test
    void refusesImpossibleDates() {
        assertEquals("employment.endBeforeStart", code(() -> employment(LocalDate.of(2020, 5, 1),
                LocalDate.of(2020, 4, 30))));
        assertEquals("employment.startTooFarAhead", code(() -> employment(TODAY.plusYears(2), null)));
        assertEquals("employment.startBeforeWorkingAge", code(() -> employment(LocalDate.of(2000, 1, 1), null)));
        assertEquals("employment.startRequired", code(() -> employment(null, null)));
    }

    @Test
    void refusesMissingFieldsAndNonEnterprises() {
        assertEquals("employment.postRequired", code(() -> new Employment(person(), enterprise(), "  ",
                PostCategory.OTHER, EmploymentType.DIRECT, TODAY, null, TODAY, "x", NOW)));
        assertEquals("employment.categoryRequired", code(() -> new Employment(person(), enterprise(), "装卸工",
                null, EmploymentType.DIRECT, TODAY, null, TODAY, "x", NOW)));
        assertEquals("employment.typeRequired", code(() -> new Employment(person(), enterprise(), "装卸工",
                PostCategory.OTHER, null, TODAY, null, TODAY, "x", NOW)));
        Organisation institution = new Organisation("培训学校", OrganisationType.TRAINING_INSTITUTION,
                UnifiedSocialCreditCode.withCheckCharacter("52320500MJ5566778").value(), Region.SUZHOU, null, null,
                null, NOW);
        assertEquals("employment.notEnterprise", code(() -> new Employment(person(), institution, "教员",
                PostCategory.OTHER, EmploymentType.DIRECT, TODAY, null, TODAY, "x", NOW)));
        Organisation closed = enterprise();
        closed.deactivate();
        assertEquals("employment.organisationInactive", code(() -> new Employment(person(), closed, "电工",
                PostCategory.OTHER, EmploymentType.DIRECT, TODAY, null, TODAY, "x", NOW)));
    }

    @Test
    void endsOnceAndStaysInTheArchive() {
        Employment e = employment(LocalDate.of(2019, 3, 1), null);
        assertEquals("employment.endBeforeStart", code(() -> e.end(LocalDate.of(2019, 2, 1))));
        e.end(LocalDate.of(2024, 6, 30));
        assertEquals(LocalDate.of(2024, 6, 30), e.endDate());
        assertFalse(e.isCurrent(TODAY));
        assertEquals("employment.alreadyEnded", code(() -> e.end(LocalDate.of(2024, 7, 1))));
    }

    @Test
    void overlapTreatsOpenEndsAsForever() {
        Employment closed = employment(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
        assertTrue(closed.overlaps(LocalDate.of(2020, 12, 31), null));
        assertFalse(closed.overlaps(LocalDate.of(2021, 1, 1), null));
        assertFalse(closed.overlaps(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)));
        Employment open = employment(LocalDate.of(2022, 1, 1), null);
        assertTrue(open.overlaps(LocalDate.of(2030, 1, 1), null));
        assertTrue(open.overlaps(LocalDate.of(2010, 1, 1), null));
    }
}

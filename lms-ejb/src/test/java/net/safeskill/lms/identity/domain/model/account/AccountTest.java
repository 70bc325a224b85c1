package net.safeskill.lms.identity.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.shared.domain.model.Industry;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.identity.domain.model.organisation.OrganisationType;
import net.safeskill.lms.identity.domain.model.organisation.Region;
import net.safeskill.lms.identity.domain.model.person.MobileNumber;
import net.safeskill.lms.identity.domain.model.person.Person;
import net.safeskill.lms.identity.domain.model.person.ResidentIdNumber;
import net.safeskill.lms.shared.domain.DomainException;

class AccountTest {

    static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
    static final String HASH = "PBKDF2WithHmacSHA256:210000:c2FsdHNhbHRzYWx0:aGFzaGhhc2hoYXNoaGFzaA==";

    static Account account() {
        Person p = new Person(ResidentIdNumber.withCheckDigit("32050219800101002"), "赵敏",
                MobileNumber.parse("13800000001"), NOW);
        return new Account(p, "  Zhao.Min ", HASH, NOW);
    }

    static Organisation org(OrganisationType type, long id) throws Exception {
        Organisation o = new Organisation("单位" + id, type, type.creditCodeRequired()
                ? net.safeskill.lms.identity.domain.model.organisation.UnifiedSocialCreditCode
                        .withCheckCharacter("91320500" + id + "MA1XY2K3").value() : null,
                Region.SUZHOU, type == OrganisationType.ENTERPRISE ? Industry.CHEMICALS : null, null, null, NOW);
        Field f = Organisation.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(o, id);
        return o;
    }

    @Test
    void normalisesTheUserNameAndRefusesBadOnes() {
        assertEquals("zhao.min", account().username());
        assertEquals("username.format", assertThrows(DomainException.class,
                () -> Account.normaliseUsername("a")).code());
        assertEquals("username.format", assertThrows(DomainException.class,
                () -> Account.normaliseUsername("张三")).code());
        assertEquals("username.empty", assertThrows(DomainException.class,
                () -> Account.normaliseUsername(" ")).code());
        assertThrows(IllegalArgumentException.class, () -> new Account(account().person(), "abc", "plain", NOW));
    }

    @Test
    void staffRolesNeedAnOrganisationOfTheMatchingType() throws Exception {
        Account a = account();
        assertEquals("role.needsOrganisation", assertThrows(DomainException.class,
                () -> a.grant(Role.ENTERPRISE_ADMIN)).code());
        Organisation exam = org(OrganisationType.EXAM_AUTHORITY, 1);
        assertEquals("role.wrongOrganisationType", assertThrows(DomainException.class,
                () -> a.joinAsStaff(exam, Role.ENTERPRISE_ADMIN)).code());
        a.joinAsStaff(exam, Role.PROCTOR);
        a.joinAsStaff(exam, Role.EXAM_ADMIN);
        assertEquals(Set.of(Role.PROCTOR, Role.EXAM_ADMIN), a.roles());
        assertEquals("role.otherOrganisation", assertThrows(DomainException.class,
                () -> a.joinAsStaff(org(OrganisationType.ENTERPRISE, 2), Role.ENTERPRISE_ADMIN)).code());
        a.revoke(Role.PROCTOR);
        a.revoke(Role.EXAM_ADMIN);
        a.joinAsStaff(org(OrganisationType.ENTERPRISE, 2), Role.ENTERPRISE_ADMIN);
        assertTrue(a.hasRole(Role.ENTERPRISE_ADMIN));
    }

    @Test
    void primaryRoleFollowsPrecedence() throws Exception {
        Account a = account();
        assertEquals(Role.LEARNER, a.primaryRole());
        a.grant(Role.LEARNER);
        a.joinAsStaff(org(OrganisationType.ENTERPRISE, 3), Role.ENTERPRISE_ADMIN);
        assertEquals(Role.ENTERPRISE_ADMIN, a.primaryRole());
        a.grant(Role.SYSTEM_ADMIN);
        assertEquals(Role.SYSTEM_ADMIN, a.primaryRole());
    }

    @Test
    void anAdministratorSetPasswordMustBeChanged() {
        Account a = account();
        assertFalse(a.mustChangePassword());
        a.resetPasswordHash(HASH);
        assertTrue(a.mustChangePassword());
        a.changePasswordHash(HASH);
        assertFalse(a.mustChangePassword());
    }

    @Test
    void disablingAndLocalePreference() {
        Account a = account();
        a.disable();
        assertFalse(a.enabled());
        a.enable();
        assertTrue(a.enabled());
        a.preferLocale("en");
        assertEquals("en", a.preferredLocale());
        assertEquals("locale.unsupported", assertThrows(DomainException.class,
                () -> a.preferLocale("<script>")).code());
    }
}

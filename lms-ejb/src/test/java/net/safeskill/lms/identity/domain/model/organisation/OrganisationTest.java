package net.safeskill.lms.identity.domain.model.organisation;

import net.safeskill.lms.shared.domain.model.Industry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.shared.domain.DomainException;

class OrganisationTest {

    static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
    static final String CODE = UnifiedSocialCreditCode.withCheckCharacter("91320500MA1XY2K3A").value();

    private static String code(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }

    @Test
    void enterprisesNeedACreditCodeAndAnIndustry() {
        assertEquals("creditCode.empty", code(() -> new Organisation("华盛化工", OrganisationType.ENTERPRISE, " ",
                Region.SUZHOU, Industry.CHEMICALS, null, null, NOW)));
        assertEquals("organisation.industryRequired", code(() -> new Organisation("华盛化工",
                OrganisationType.ENTERPRISE, CODE, Region.SUZHOU, null, null, null, NOW)));
        assertEquals("creditCode.checkChar", code(() -> new Organisation("华盛化工", OrganisationType.ENTERPRISE,
                CODE.substring(0, 17) + (CODE.charAt(17) == 'A' ? 'B' : 'A'), Region.SUZHOU, Industry.CHEMICALS,
                null, null, NOW)));
    }

    @Test
    void regulatorsMayHaveNoCreditCode() {
        Organisation o = new Organisation("  苏州市应急管理局 ", OrganisationType.REGULATOR, null, Region.SUZHOU, null,
                " ", null, NOW);
        assertEquals("苏州市应急管理局", o.name());
        assertNull(o.creditCode());
        assertNull(o.address());
    }

    @Test
    void refusesBadNamesAndMissingRegion() {
        assertEquals("organisation.nameEmpty", code(() -> new Organisation(" ", OrganisationType.REGULATOR, null,
                Region.SUZHOU, null, null, null, NOW)));
        assertEquals("organisation.nameLength", code(() -> new Organisation("局", OrganisationType.REGULATOR, null,
                Region.SUZHOU, null, null, null, NOW)));
        assertEquals("organisation.regionRequired", code(() -> new Organisation("应急管理局",
                OrganisationType.REGULATOR, null, null, null, null, null, NOW)));
        assertEquals("field.tooLong", code(() -> new Organisation("应急管理局", OrganisationType.REGULATOR, null,
                Region.SUZHOU, null, "x".repeat(201), null, NOW)));
    }
}

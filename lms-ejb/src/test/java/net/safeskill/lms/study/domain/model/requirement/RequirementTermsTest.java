package net.safeskill.lms.study.domain.model.requirement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.shared.domain.model.TrainingType;

/** A requirement's terms are validated as a whole; a requirement keeps and changes them. */
class RequirementTermsTest {

    private static final OnlineCreditRule HALF = new OnlineCreditRule(BigDecimal.ONE, new BigDecimal("0.5"));

    private static RequirementTerms terms(String name, Situation situation, Set<TrainingType> types, String hours,
                                          OnlineCreditRule online, int window, Integer validity, String basis) {
        return new RequirementTerms(name, situation, types, Set.of(), hours == null ? null : new BigDecimal(hours),
                online, window, validity, basis);
    }

    private static String refused(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }

    @Test
    void validTermsAreNormalised() {
        RequirementTerms t = new RequirementTerms("  岗前培训 ", Situation.NEW_HIRE, EnumSet.of(TrainingType.PRE_JOB),
                null, new BigDecimal("72.00"), HALF, 3, null, "  ");
        assertEquals("岗前培训", t.name());
        assertEquals(new BigDecimal("72.0"), t.requiredHours());
        assertTrue(t.postCategories().isEmpty());
        assertNull(t.basis());
    }

    @Test
    void invalidTermsAreRefused() {
        Set<TrainingType> types = EnumSet.of(TrainingType.PRE_JOB);
        assertEquals("requirement.name", refused(() -> terms("", Situation.ANY, types, "8", HALF, 3, null, null)));
        assertEquals("requirement.situation", refused(() -> terms("A", null, types, "8", HALF, 3, null, null)));
        assertEquals("requirement.types", refused(() -> terms("A", Situation.ANY, Set.of(), "8", HALF, 3, null, null)));
        assertEquals("requirement.hours", refused(() -> terms("A", Situation.ANY, types, "0", HALF, 3, null, null)));
        assertEquals("requirement.hours", refused(() -> terms("A", Situation.ANY, types, "8.25", HALF, 3, null, null)));
        assertEquals("requirement.hours", refused(() -> terms("A", Situation.ANY, types, "1000.1", HALF, 3, null, null)));
        assertEquals("requirement.hours", refused(() -> terms("A", Situation.ANY, types, null, HALF, 3, null, null)));
        assertEquals("requirement.window", refused(() -> terms("A", Situation.ANY, types, "8", HALF, 0, null, null)));
        assertEquals("requirement.window", refused(() -> terms("A", Situation.ANY, types, "8", HALF, 61, null, null)));
        assertEquals("requirement.validity", refused(() -> terms("A", Situation.ANY, types, "8", HALF, 3, 0, null)));
        assertEquals("requirement.validity", refused(() -> terms("A", Situation.ANY, types, "8", HALF, 3, 121, null)));
        assertEquals("requirement.basis", refused(() -> terms("A", Situation.ANY, types, "8", HALF, 3, null,
                "依".repeat(201))));
        assertEquals("requirement.onlineWeight", refused(() -> terms("A", Situation.ANY, types, "8",
                new OnlineCreditRule(new BigDecimal("0.3333"), BigDecimal.ONE), 3, null, null)));
        assertEquals("requirement.onlineCap", refused(() -> terms("A", Situation.ANY, types, "8",
                new OnlineCreditRule(BigDecimal.ONE, new BigDecimal("0.3333")), 3, null, null)));
    }

    @Test
    void aRequirementChangesItsTermsButNotItsRegionOrCode() {
        TrainingRequirement r = new TrainingRequirement("YIYANG", "YY-ANNUAL", terms("年度再培训", Situation.PERIODIC,
                EnumSet.of(TrainingType.ANNUAL_REFRESHER), "20", HALF, 12, 12, "益应急联〔2020〕2号"), Instant.EPOCH, "a");
        RequirementTerms changed = new RequirementTerms("年度安全再培训", Situation.PERIODIC,
                EnumSet.of(TrainingType.ANNUAL_REFRESHER, TrainingType.KNOWLEDGE_UPDATE),
                EnumSet.of(PostCategory.TEAM_LEADER), new BigDecimal("24"),
                new OnlineCreditRule(new BigDecimal("0.8"), new BigDecimal("0.3")), 6, null, null);
        r.change(changed, Instant.EPOCH.plusSeconds(60), "b");
        assertEquals(changed, r.terms());
        assertEquals("YIYANG", r.region());
        assertEquals("YY-ANNUAL", r.code());
        assertEquals("b", r.updatedBy());
        assertTrue(r.appliesTo(PostCategory.TEAM_LEADER));
        assertEquals(false, r.appliesTo(PostCategory.OTHER));
        assertEquals("requirement.code", refused(() -> new TrainingRequirement("YIYANG", "年度", changed,
                Instant.EPOCH, "a")));
        r.deactivate(Instant.EPOCH, "c");
        assertEquals(false, r.active());
        r.activate(Instant.EPOCH, "c");
        assertTrue(r.active());
    }
}

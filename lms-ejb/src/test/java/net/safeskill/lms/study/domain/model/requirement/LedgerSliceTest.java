package net.safeskill.lms.study.domain.model.requirement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.shared.domain.model.TrainingType;
import net.safeskill.lms.study.domain.model.ledger.StudyMode;

/**
 * Progress from ledger slices: only the training types a requirement counts, classroom and practical in full, online
 * at the weight and up to the cap of the required total.
 */
class LedgerSliceTest {

    private static final Duration HOUR_45 = Duration.ofMinutes(45);

    private static LedgerSlice slice(StudyMode mode, TrainingType type, Duration time) {
        return new LedgerSlice(mode, type, time);
    }

    private static TrainingRequirement requirement(String hours, String weight, String cap) {
        return new TrainingRequirement("SUZHOU", "T-1", new RequirementTerms("年度再培训", Situation.PERIODIC,
                EnumSet.of(TrainingType.ANNUAL_REFRESHER, TrainingType.KNOWLEDGE_UPDATE), Set.of(PostCategory.OTHER),
                new BigDecimal(hours), new OnlineCreditRule(new BigDecimal(weight), new BigDecimal(cap)), 12, 12,
                null), Instant.EPOCH, "test");
    }

    @Test
    void onlyTheCountedTypesAreSummedByMode() {
        LedgerSums sums = LedgerSlice.sum(List.of(
                slice(StudyMode.ONLINE, TrainingType.ANNUAL_REFRESHER, Duration.ofHours(2)),
                slice(StudyMode.ONLINE, TrainingType.KNOWLEDGE_UPDATE, Duration.ofMinutes(30)),
                slice(StudyMode.ONLINE, TrainingType.PRE_JOB, Duration.ofHours(9)),
                slice(StudyMode.CLASSROOM, TrainingType.ANNUAL_REFRESHER, Duration.ofHours(3)),
                slice(StudyMode.CLASSROOM, null, Duration.ofHours(8)),
                slice(StudyMode.PRACTICAL, TrainingType.ANNUAL_REFRESHER, Duration.ofMinutes(135))),
                EnumSet.of(TrainingType.ANNUAL_REFRESHER, TrainingType.KNOWLEDGE_UPDATE));
        assertEquals(Duration.ofMinutes(150), sums.online());
        assertEquals(Duration.ofHours(3), sums.classroom());
        assertEquals(Duration.ofMinutes(135), sums.practical());
    }

    @Test
    void progressCombinesClassroomPracticalAndOnlineAtTheWeightUpToTheCap() {
        // 20 credit hours of 45 min = 15 h required; online counts half, at most 25 % = 3 h 45 min
        TrainingRequirement r = requirement("20", "0.5", "0.25");
        RequirementProgress p = r.progress(List.of(
                slice(StudyMode.ONLINE, TrainingType.ANNUAL_REFRESHER, Duration.ofHours(10)),
                slice(StudyMode.CLASSROOM, TrainingType.ANNUAL_REFRESHER, Duration.ofHours(3)),
                slice(StudyMode.PRACTICAL, TrainingType.KNOWLEDGE_UPDATE, Duration.ofHours(1)),
                slice(StudyMode.CLASSROOM, TrainingType.PRE_JOB, Duration.ofHours(40))), HOUR_45);
        assertEquals(Duration.ofHours(15), p.required());
        assertEquals(Duration.ofHours(10), p.onlineStudied());
        assertEquals(Duration.ofMinutes(225), p.onlineCounted(), "min(10 h x 0.5, 15 h x 0.25)");
        assertEquals(Duration.ofMinutes(180 + 60 + 225), p.counted());
        assertEquals(51, p.percent()); // 465 / 900 min = 51.7 %
        assertFalse(p.complete());
    }

    @Test
    void belowTheCapOnlineCountsAtTheWeight() {
        TrainingRequirement r = requirement("20", "0.5", "0.25");
        RequirementProgress p = r.progress(List.of(
                slice(StudyMode.ONLINE, TrainingType.ANNUAL_REFRESHER, Duration.ofHours(4))), HOUR_45);
        assertEquals(Duration.ofHours(2), p.onlineCounted());
        assertEquals(13, p.percent()); // 2 / 15 h
    }

    @Test
    void noSlicesNoProgress() {
        RequirementProgress p = requirement("72", "1", "0.5").progress(List.of(), HOUR_45);
        assertEquals(Duration.ZERO, p.counted());
        assertEquals(Duration.ofHours(54), p.remaining());
        assertEquals(0, p.percent());
    }
}

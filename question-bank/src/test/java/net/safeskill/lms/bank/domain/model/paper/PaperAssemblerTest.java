package net.safeskill.lms.bank.domain.model.paper;

import static net.safeskill.lms.bank.domain.model.blueprint.Banks.cell;
import static net.safeskill.lms.bank.domain.model.blueprint.Banks.q;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.bank.domain.model.blueprint.Banks;
import net.safeskill.lms.bank.domain.model.blueprint.Blueprint;
import net.safeskill.lms.bank.domain.model.blueprint.BlueprintCell;
import net.safeskill.lms.bank.domain.model.blueprint.CandidateQuestion;
import net.safeskill.lms.bank.domain.model.blueprint.CellCandidates;
import net.safeskill.lms.bank.domain.model.blueprint.InMemoryBankIndex;
import net.safeskill.lms.bank.domain.model.grading.Points;
import net.safeskill.lms.bank.domain.model.question.QuestionType;
import net.safeskill.lms.shared.domain.DomainException;

class PaperAssemblerTest {

    private static final QuestionType SC = QuestionType.SINGLE_CHOICE;
    private static final QuestionType TF = QuestionType.TRUE_FALSE;

    private static PaperAssembler assembler(Blueprint blueprint, List<CandidateQuestion> bank, ExposureSource exposure,
            long seed) {
        return new PaperAssembler(blueprint, Banks.tree(), new InMemoryBankIndex(bank), exposure,
                new SplittableRandom(seed));
    }

    /** Checks, independently of the assembler, that the paper meets the blueprint exactly. */
    private static void assertExact(Blueprint blueprint, CellCandidates candidates, Paper paper) {
        int[] counts = new int[blueprint.cells().size()];
        Set<Long> seen = new HashSet<>();
        for (PaperItem item : paper.items()) {
            int c = item.section() - 1;
            assertTrue(seen.add(item.revisionId()), "no question twice");
            assertTrue(Arrays.binarySearch(candidates.of(c), item.revisionId()) >= 0,
                    "revision " + item.revisionId() + " fits cell " + item.section());
            assertEquals(blueprint.cells().get(c).pointsPerItem(), item.points());
            counts[c]++;
        }
        assertArrayEquals(blueprint.cells().stream().mapToInt(BlueprintCell::count).toArray(), counts);
        assertEquals(blueprint.totalPoints(), paper.totalPoints());
        assertEquals(blueprint.passMark(), paper.passMark());
        assertEquals(blueprint.durationMinutes(), paper.durationMinutes());
    }

    private static CellCandidates candidates(Blueprint blueprint, List<CandidateQuestion> bank) {
        return CellCandidates.of(blueprint.cells(), Banks.tree(), new InMemoryBankIndex(bank));
    }

    @Test
    void competingCellsAreMetExactlyForEverySeed() {
        // FIRE and GAS both need 2; questions 1 and 2 fit both, so a greedy draw often has to be repaired
        List<CandidateQuestion> bank = List.of(q(1, SC, 1, "FIRE", "GAS"), q(2, SC, 1, "FIRE", "GAS"),
                q(3, SC, 1, "FIRE"), q(4, SC, 1, "GAS"));
        Blueprint blueprint = Banks.blueprint(false, false, cell(SC, "FIRE", 1, 1, 2), cell(SC, "GAS", 1, 1, 2));
        CellCandidates candidates = candidates(blueprint, bank);
        for (long seed = 0; seed < 200; seed++) {
            PaperAssembler assembler = assembler(blueprint, bank, ExposureSource.NONE, seed);
            for (int i = 0; i < 5; i++) {
                assertExact(blueprint, candidates, assembler.assemble());
            }
        }
    }

    @Test
    void generatedBanksWithNestedAndSharedCellsAreMetExactlyOverManySeeds() {
        List<CandidateQuestion> bank = Banks.generated(3_000, 11);
        Blueprint blueprint = Banks.blueprint(true, true, cell(SC, "FIRE", 1, 5, 30), cell(SC, "FIRE.EXT", 2, 4, 20),
                cell(SC, "GAS.NH3", 1, 5, 15), cell(QuestionType.MULTIPLE_CHOICE, null, 3, 5, 10),
                cell(TF, "SPACE", 1, 5, 10), cell(TF, "FIRE", 1, 5, 10), cell(QuestionType.FILL_BLANK, "GAS", 1, 5, 5));
        CellCandidates candidates = candidates(blueprint, bank);
        for (long seed = 0; seed < 50; seed++) {
            PaperAssembler assembler = assembler(blueprint, bank, ExposureSource.NONE, seed);
            for (int i = 0; i < 20; i++) {
                assertExact(blueprint, candidates, assembler.assemble());
            }
        }
    }

    @Test
    void aTightSharedBankStillGivesExactPapersAsExposureGrows() {
        // 6 questions for 5 items across two overlapping cells: almost no freedom, every paper must still be exact
        List<CandidateQuestion> bank = List.of(q(1, SC, 1, "FIRE", "GAS"), q(2, SC, 1, "FIRE", "GAS"),
                q(3, SC, 1, "FIRE", "GAS"), q(4, SC, 1, "FIRE"), q(5, SC, 1, "GAS"), q(6, SC, 1, "GAS"));
        Blueprint blueprint = Banks.blueprint(false, false, cell(SC, "FIRE", 1, 1, 2), cell(SC, "GAS", 1, 1, 3));
        CellCandidates candidates = candidates(blueprint, bank);
        PaperAssembler assembler = assembler(blueprint, bank, ExposureSource.NONE, 3);
        for (int i = 0; i < 500; i++) {
            assertExact(blueprint, candidates, assembler.assemble());
        }
    }

    @Test
    void exposureStaysBalancedOverAThousandPapers() {
        List<CandidateQuestion> bank = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            bank.add(q(i, i < 200 ? SC : TF, 1 + i % 5, i % 2 == 0 ? "FIRE.EXT" : "GAS.NH3"));
        }
        Blueprint blueprint = Banks.blueprint(true, true, cell(SC, "FIRE", 1, 5, 7), cell(SC, "GAS", 1, 5, 13),
                cell(TF, null, 1, 5, 9));
        PaperAssembler assembler = assembler(blueprint, bank, ExposureSource.NONE, 42);
        for (int i = 0; i < 1000; i++) {
            assembler.assemble();
        }
        // 1000 papers × 7 of 100 FIRE questions = 70 each; 13 of 100 GAS = 130 each; 9 of 100 TF = 90 each
        Map<String, IntSummaryStatistics> byGroup = bank.stream().collect(Collectors.groupingBy(
                q -> q.type() == TF ? "TF" : q.type() + "/" + q.knowledgePoints(),
                Collectors.summarizingInt(q -> assembler.exposure(q.revisionId()))));
        assertEquals(3, byGroup.size());
        byGroup.forEach((group, stats) -> assertTrue(stats.getMax() - stats.getMin() <= 1,
                group + " spread " + stats));
        assertEquals(70, byGroup.get(SC + "/[FIRE.EXT]").getMin());
        assertEquals(130, byGroup.get(SC + "/[GAS.NH3]").getMax());
    }

    @Test
    void theLeastExposedQuestionsAreDrawnFirst() {
        List<CandidateQuestion> bank = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            bank.add(q(i, SC, 1, "FIRE"));
        }
        ExposureSource earlier = id -> id <= 7 ? 5 : 0;
        Blueprint blueprint = Banks.blueprint(false, false, cell(SC, "FIRE", 1, 1, 3));
        for (long seed = 0; seed < 20; seed++) {
            Paper first = assembler(blueprint, bank, earlier, seed).assemble();
            assertEquals(Set.of(8L, 9L, 10L), first.items().stream().map(PaperItem::revisionId)
                    .collect(Collectors.toSet()));
        }
        PaperAssembler assembler = assembler(blueprint, bank, earlier, 1);
        assembler.assemble();
        assertEquals(1, assembler.exposure(8));
        assertEquals(5, assembler.exposure(1));
    }

    @Test
    void candidatesGetDifferentPapers() {
        List<CandidateQuestion> bank = Banks.generated(2_000, 5);
        Blueprint blueprint = Banks.blueprint(false, false, cell(SC, null, 1, 5, 20), cell(TF, null, 1, 5, 20));
        PaperAssembler assembler = assembler(blueprint, bank, ExposureSource.NONE, 9);
        Set<Set<Long>> papers = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            papers.add(assembler.assemble().items().stream().map(PaperItem::revisionId).collect(Collectors.toSet()));
        }
        assertEquals(200, papers.size());
    }

    @Test
    void optionsAndQuestionsAreShuffledOnlyWhenAsked() {
        List<CandidateQuestion> bank = Banks.generated(1_000, 3);
        Blueprint plain = Banks.blueprint(false, false, cell(SC, null, 1, 5, 10), cell(TF, null, 1, 5, 10));
        Paper paper = assembler(plain, bank, ExposureSource.NONE, 1).assemble();
        for (PaperItem item : paper.items()) {
            int[] expected = item.section() == 1 ? new int[] {0, 1, 2, 3} : new int[0];
            assertArrayEquals(expected, item.optionOrder());
        }
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2),
                paper.items().stream().map(PaperItem::section).toList(), "sections in blueprint order");

        Blueprint shuffled = Banks.blueprint(true, true, cell(SC, null, 1, 5, 10), cell(TF, null, 1, 5, 10));
        PaperAssembler assembler = assembler(shuffled, bank, ExposureSource.NONE, 1);
        boolean orderChanged = false;
        boolean optionsChanged = false;
        for (int i = 0; i < 20; i++) {
            Paper p = assembler.assemble();
            List<Integer> sections = p.items().stream().map(PaperItem::section).toList();
            orderChanged |= !sections.equals(sections.stream().sorted().toList());
            for (PaperItem item : p.items()) {
                int[] order = item.optionOrder();
                assertEquals(item.section() == 1 ? 4 : 0, order.length);
                assertArrayEquals(new int[] {0, 1, 2, 3}, item.section() == 1 ? Arrays.stream(order).sorted().toArray()
                        : new int[] {0, 1, 2, 3}, "a permutation");
                optionsChanged |= item.section() == 1 && !Arrays.equals(order, new int[] {0, 1, 2, 3});
            }
        }
        assertTrue(orderChanged);
        assertTrue(optionsChanged);
    }

    @Test
    void anInfeasibleBankIsRefusedWhenTheSessionOpens() {
        DomainException e = assertThrows(DomainException.class, () -> assembler(
                Banks.blueprint(false, false, cell(SC, "FIRE", 1, 1, 3)), List.of(q(1, SC, 1, "FIRE")),
                ExposureSource.NONE, 1));
        assertEquals("bank.blueprint.infeasible", e.code());
    }

    @Test
    void aFullSizeBankGivesExactPapers() {
        List<CandidateQuestion> bank = Banks.generated(100_000, 1);
        List<BlueprintCell> cells = new ArrayList<>();
        QuestionType[] types = {SC, QuestionType.MULTIPLE_CHOICE, TF, QuestionType.FILL_BLANK};
        for (QuestionType type : types) {
            for (String leaf : Banks.LEAVES) {
                cells.add(cell(type, leaf, 1, 2, 3));
                cells.add(cell(type, leaf, 3, 5, 3));
            }
        }
        cells.add(cell(SC, "FIRE", 1, 5, 4));
        Blueprint blueprint = new Blueprint(1L, "百题卷", cells, Points.ofWhole(60), 120, true, true);
        assertEquals(100, blueprint.itemCount());
        CellCandidates candidates = candidates(blueprint, bank);
        PaperAssembler assembler = assembler(blueprint, bank, ExposureSource.NONE, 77);
        for (int i = 0; i < 200; i++) {
            assertExact(blueprint, candidates, assembler.assemble());
        }
    }

    @Test
    void fixedPapersHoldTheChosenRevisionsInAnyOrder() {
        FixedPaper spec = new FixedPaper(List.of(new FixedPaper.Item(11, Points.ofWhole(50), 4),
                new FixedPaper.Item(12, Points.ofWhole(30), 0), new FixedPaper.Item(13, Points.ofWhole(20), 3)),
                Points.ofWhole(60), 60, true, true);
        Map<List<Long>, Integer> orders = new HashMap<>();
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 60; i++) {
            Paper paper = PaperAssembler.fixed(spec, random);
            assertEquals(Set.of(11L, 12L, 13L), paper.items().stream().map(PaperItem::revisionId)
                    .collect(Collectors.toSet()));
            assertEquals(Points.ofWhole(100), paper.totalPoints());
            assertEquals(null, paper.blueprintId());
            orders.merge(paper.items().stream().map(PaperItem::revisionId).toList(), 1, Integer::sum);
        }
        assertEquals(6, orders.size(), "all six orders of three items occur");
        FixedPaper duplicate = new FixedPaper(List.of(new FixedPaper.Item(11, Points.ofWhole(1), 0),
                new FixedPaper.Item(11, Points.ofWhole(1), 0)), Points.ofWhole(1), 60, false, false);
        assertEquals("bank.paper.duplicateItem", assertThrows(DomainException.class,
                () -> PaperAssembler.fixed(duplicate, random)).code());
        assertEquals("bank.paper.empty", assertThrows(DomainException.class,
                () -> new FixedPaper(List.of(), Points.ofWhole(1), 60, false, false)).code());
    }

    @Test
    void paperItemsMapShownOptionsBackAndRefuseNonPermutations() {
        PaperItem item = new PaperItem(1, 5, Points.ofWhole(1), new int[] {2, 0, 1});
        assertEquals(2, item.originalOption(0));
        assertEquals(1, item.originalOption(2));
        assertThrows(DomainException.class, () -> item.originalOption(3));
        assertThrows(DomainException.class, () -> new PaperItem(1, 5, Points.ofWhole(1), new int[] {0, 0, 1}));
        assertThrows(DomainException.class, () -> new PaperItem(1, 5, Points.ofWhole(1), new int[] {0, 3}));
        Paper paper = new Paper(null, List.of(item), Points.ofWhole(1), 30);
        assertTrue(paper.contains(5));
        assertFalse(paper.contains(6));
        assertNotEquals(null, paper.publicId());
        assertEquals("bank.blueprint.passMark", assertThrows(DomainException.class,
                () -> new Paper(null, List.of(item), Points.ofWhole(2), 30)).code());
    }
}

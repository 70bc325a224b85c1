package net.safeskill.lms.bank.domain.model.blueprint;

import static net.safeskill.lms.bank.domain.model.blueprint.Banks.cell;
import static net.safeskill.lms.bank.domain.model.blueprint.Banks.q;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.bank.domain.model.question.QuestionType;
import net.safeskill.lms.shared.domain.DomainException;

class BlueprintFeasibilityTest {

    private static final QuestionType SC = QuestionType.SINGLE_CHOICE;

    private static FeasibilityProof prove(List<CandidateQuestion> bank, BlueprintCell... cells) {
        return BlueprintFeasibility.prove(CellCandidates.of(List.of(cells), Banks.tree(), new InMemoryBankIndex(bank)));
    }

    @Test
    void candidatesComeFromTheWholeSubtreeWithinTheDifficultyRange() {
        List<CandidateQuestion> bank = List.of(q(1, SC, 2, "FIRE"), q(2, SC, 3, "FIRE.EXT"), q(3, SC, 5, "FIRE.ALARM"),
                q(4, SC, 3, "GAS"), q(5, QuestionType.TRUE_FALSE, 3, "FIRE"), q(6, SC, 3, "FIRE.EXT", "FIRE"));
        CellCandidates c = CellCandidates.of(List.of(cell(SC, "FIRE", 2, 4, 1), cell(SC, null, 3, 3, 1)), Banks.tree(),
                new InMemoryBankIndex(bank));
        assertArrayEquals(new long[] {1, 2, 6}, c.of(0));
        assertArrayEquals(new long[] {2, 4, 6}, c.of(1));
    }

    @Test
    void disjointCellsNeedOnlyTheirOwnCounts() {
        FeasibilityProof proof = prove(List.of(q(1, SC, 1, "FIRE"), q(2, SC, 1, "FIRE"), q(3, SC, 1, "GAS")),
                cell(SC, "FIRE", 1, 1, 2), cell(SC, "GAS", 1, 1, 1));
        assertArrayEquals(new int[] {2, 1}, proof.available());
        assertFalse(proof.shared());
    }

    @Test
    void aCellWithTooFewCandidatesIsNamedWithWhatItLacks() {
        DomainException e = assertThrows(DomainException.class, () -> prove(
                List.of(q(1, SC, 1, "FIRE"), q(2, SC, 1, "GAS")), cell(SC, "FIRE", 1, 1, 1),
                cell(SC, "GAS", 1, 3, 4)));
        assertEquals("bank.blueprint.infeasible", e.code());
        assertArrayEquals(new Object[] {2, "SINGLE_CHOICE · GAS · 1-3", 3, 1}, e.args());
    }

    @Test
    void competingCellsThatCanBothBeMetAreProvenByMatching() {
        // FIRE needs 2 and GAS needs 2; two questions fit both: only one assignment per shared question works
        FeasibilityProof proof = prove(List.of(q(1, SC, 1, "FIRE", "GAS"), q(2, SC, 1, "FIRE", "GAS"),
                q(3, SC, 1, "FIRE"), q(4, SC, 1, "GAS")), cell(SC, "FIRE", 1, 1, 2), cell(SC, "GAS", 1, 1, 2));
        assertTrue(proof.shared());
        assertArrayEquals(new int[] {3, 3}, proof.available());
    }

    @Test
    void competingCellsThatEachHaveEnoughButNotTogetherAreRefusedWithTheShortfall() {
        DomainException e = assertThrows(DomainException.class, () -> prove(List.of(q(1, SC, 1, "FIRE", "GAS"),
                q(2, SC, 1, "FIRE", "GAS"), q(3, SC, 1, "FIRE"), q(4, SC, 1, "SPACE")), cell(SC, "FIRE", 1, 1, 2),
                cell(SC, "GAS", 1, 1, 2), cell(SC, "SPACE", 1, 1, 1)));
        assertEquals("bank.blueprint.infeasibleShared", e.code());
        assertEquals("1 (SINGLE_CHOICE · FIRE · 1), 2 (SINGLE_CHOICE · GAS · 1)".replace("), 2", "); 2"),
                e.args()[0], "the competing cells, not the independent SPACE cell");
        assertEquals(1, e.args()[1]);
    }

    @Test
    void aParentCellAndAChildCellShareTheChildQuestions() {
        List<CandidateQuestion> bank = List.of(q(1, SC, 1, "FIRE.EXT"), q(2, SC, 1, "FIRE.EXT"), q(3, SC, 1, "FIRE"));
        assertTrue(prove(bank, cell(SC, "FIRE", 1, 1, 1), cell(SC, "FIRE.EXT", 1, 1, 2)).shared());
        assertThrows(DomainException.class, () -> prove(bank, cell(SC, "FIRE", 1, 1, 2),
                cell(SC, "FIRE.EXT", 1, 1, 2)));
    }

    @Test
    void anUnknownKnowledgePointIsNamed() {
        DomainException e = assertThrows(DomainException.class, () -> prove(List.of(q(1, SC, 1, "FIRE")),
                cell(SC, "NOPE", 1, 1, 1)));
        assertEquals("bank.knowledgePoint.unknown", e.code());
    }

    @Test
    void aLargeGeneratedBankWithOverlapsIsProvenQuickly() {
        List<CandidateQuestion> bank = Banks.generated(20_000, 7);
        FeasibilityProof proof = prove(bank, cell(SC, "FIRE", 1, 5, 50), cell(SC, "FIRE.EXT", 1, 5, 50),
                cell(SC, "GAS", 2, 4, 50), cell(QuestionType.TRUE_FALSE, null, 1, 5, 50));
        assertTrue(proof.shared());
    }
}

package net.safeskill.lms.bank.domain.model.blueprint;

import static net.safeskill.lms.bank.domain.model.blueprint.Banks.cell;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.bank.domain.model.grading.Points;
import net.safeskill.lms.bank.domain.model.question.QuestionType;
import net.safeskill.lms.shared.domain.DomainException;

class BlueprintTest {

    private static String code(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }

    private static Blueprint blueprint(List<BlueprintCell> cells, String passMark, int minutes) {
        return new Blueprint(1L, "特种作业理论考试", cells, Points.parse(passMark), minutes, true, true);
    }

    @Test
    void theTotalIsTheSumOfTheCells() {
        Blueprint b = blueprint(List.of(
                new BlueprintCell(QuestionType.SINGLE_CHOICE, Set.of("FIRE"), 1, 3, 40, Points.ofWhole(1)),
                new BlueprintCell(QuestionType.MULTIPLE_CHOICE, Set.of(), 1, 5, 10, Points.parse("2.5")),
                new BlueprintCell(QuestionType.TRUE_FALSE, Set.of("GAS", "FIRE"), 2, 2, 35, Points.ofWhole(1))), "80",
                120);
        assertEquals(Points.ofWhole(100), b.totalPoints());
        assertEquals(85, b.itemCount());
        assertEquals("TRUE_FALSE · FIRE,GAS · 2", b.cells().get(2).description());
        assertEquals("MULTIPLE_CHOICE · * · 1-5", b.cells().get(1).description());
    }

    @Test
    void cellsRefuseNonsense() {
        assertEquals("bank.blueprint.count", code(() -> cell(QuestionType.SINGLE_CHOICE, "FIRE", 1, 5, -1)));
        assertEquals("bank.blueprint.count", code(() -> cell(QuestionType.SINGLE_CHOICE, "FIRE", 1, 5, 0)));
        assertEquals("bank.blueprint.count", code(() -> cell(QuestionType.SINGLE_CHOICE, "FIRE", 1, 5, 201)));
        assertEquals("bank.blueprint.difficulty", code(() -> cell(QuestionType.SINGLE_CHOICE, "FIRE", 3, 2, 1)));
        assertEquals("bank.blueprint.difficulty", code(() -> cell(QuestionType.SINGLE_CHOICE, "FIRE", 0, 2, 1)));
        assertEquals("bank.blueprint.difficulty", code(() -> cell(QuestionType.SINGLE_CHOICE, "FIRE", 1, 6, 1)));
        assertEquals("bank.blueprint.points", code(() -> new BlueprintCell(QuestionType.TRUE_FALSE, Set.of(), 1, 5, 1,
                Points.ZERO)));
        assertEquals("bank.blueprint.points", code(() -> new BlueprintCell(QuestionType.TRUE_FALSE, Set.of(), 1, 5, 1,
                Points.ofWhole(101))));
        assertEquals("bank.knowledgePoint.code", code(() -> cell(QuestionType.SINGLE_CHOICE, "消防", 1, 5, 1)));
    }

    @Test
    void blueprintsRefuseNonsense() {
        BlueprintCell ten = cell(QuestionType.SINGLE_CHOICE, "FIRE", 1, 5, 10);
        assertEquals("bank.blueprint.empty", code(() -> blueprint(List.of(), "1", 60)));
        assertEquals("bank.blueprint.passMark", code(() -> blueprint(List.of(ten), "10.5", 60)));
        assertEquals("bank.blueprint.passMark", code(() -> blueprint(List.of(ten), "0", 60)));
        assertEquals("bank.blueprint.duration", code(() -> blueprint(List.of(ten), "6", 0)));
        assertEquals("bank.blueprint.duration", code(() -> blueprint(List.of(ten), "6", 601)));
        assertEquals("bank.blueprint.name", code(() -> new Blueprint(1L, " ", List.of(ten), Points.ofWhole(6), 60,
                false, false)));
        DomainException same = assertThrows(DomainException.class, () -> blueprint(List.of(ten,
                cell(QuestionType.TRUE_FALSE, null, 1, 5, 3), cell(QuestionType.SINGLE_CHOICE, "FIRE", 1, 5, 4)), "6",
                60));
        assertEquals("bank.blueprint.sameCells", same.code());
        assertArrayEquals(new Object[] {1, 3}, same.args());
        List<BlueprintCell> tooMany = java.util.stream.IntStream.range(0, 2).mapToObj(i -> cell(
                QuestionType.SINGLE_CHOICE, "FIRE", i + 1, i + 1, 200)).toList();
        assertEquals("bank.blueprint.tooManyItems", code(() -> blueprint(tooMany, "6", 60)));
    }

    @Test
    void overlappingCellsAreAllowed() {
        Blueprint b = blueprint(List.of(cell(QuestionType.SINGLE_CHOICE, "FIRE", 1, 5, 10),
                cell(QuestionType.SINGLE_CHOICE, "FIRE.EXT", 1, 5, 5), cell(QuestionType.SINGLE_CHOICE, "FIRE", 2, 2, 1)),
                "6", 60);
        assertEquals(3, b.cells().size());
    }
}

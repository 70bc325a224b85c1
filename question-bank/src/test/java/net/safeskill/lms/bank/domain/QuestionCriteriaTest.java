package net.safeskill.lms.bank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.bank.domain.model.knowledge.KnowledgeTree;
import net.safeskill.lms.bank.domain.model.question.QuestionType;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.Industry;

class QuestionCriteriaTest {

    @Test
    void aKnowledgePointFilterCoversItsSubtree() {
        Map<String, String> tree = new HashMap<>();
        tree.put("FIRE", null);
        tree.put("FIRE.EXT", "FIRE");
        tree.put("FIRE.EXT.CO2", "FIRE.EXT");
        tree.put("GAS", null);
        QuestionCriteria c = new QuestionCriteria(Industry.CHEMICALS, Set.of("FIRE.EXT", "GAS"),
                QuestionType.SINGLE_CHOICE, null, " 灭火 ", 5, 20).withSubtrees(KnowledgeTree.of(tree));
        assertEquals(Set.of("FIRE.EXT", "FIRE.EXT.CO2", "GAS"), c.knowledgePoints());
        assertEquals(Industry.CHEMICALS, c.industry());
        assertEquals("灭火", c.text());
        assertEquals(5, c.first());
        assertEquals("bank.knowledgePoint.unknown", assertThrows(DomainException.class,
                () -> new QuestionCriteria(null, Set.of("NONE"), null, null, null, 0, 1)
                        .withSubtrees(KnowledgeTree.of(tree))).code());
    }

    @Test
    void textIsComparedNormalisedAndLimitsAreClamped() {
        QuestionCriteria c = new QuestionCriteria(null, null, null, null, "  Ａ　B，c！ ", -3, 1_000_000);
        assertEquals("abc", c.normalisedText());
        assertEquals(0, c.first());
        assertEquals(QuestionCriteria.MAX_RESULTS, c.max());
        assertNull(new QuestionCriteria(null, null, null, null, "，。！", 0, 0).normalisedText());
        assertEquals(1, new QuestionCriteria(null, null, null, null, null, 0, 0).max());
        assertEquals("industry=CHEMICALS kp=A,B text=x first=0 max=9", new QuestionCriteria(Industry.CHEMICALS,
                Set.of("B", "A"), null, null, "x", 0, 9).description());
    }
}

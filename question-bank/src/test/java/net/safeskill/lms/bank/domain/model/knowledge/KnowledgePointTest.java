package net.safeskill.lms.bank.domain.model.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.shared.domain.DomainException;

class KnowledgePointTest {

    private static String code(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }

    @Test
    void aTreeKnowsItsDepthsAndSubtrees() {
        KnowledgePoint fire = new KnowledgePoint(1L, "FIRE", "消防安全");
        KnowledgePoint ext = new KnowledgePoint(fire, "FIRE.EXT", "灭火器的使用");
        KnowledgePoint gas = new KnowledgePoint(1L, "GAS", "有毒气体");
        assertEquals(2, ext.depth());
        assertTrue(ext.isWithin(fire));
        assertFalse(gas.isWithin(fire));
        assertEquals(List.of(ext), fire.children());

        KnowledgeTree tree = KnowledgeTree.of(List.of(fire, ext, gas));
        assertEquals(Set.of("FIRE", "FIRE.EXT"), tree.subtree("FIRE"));
        assertTrue(tree.isWithin("FIRE.EXT", "FIRE"));
        assertFalse(tree.isWithin("FIRE", "FIRE.EXT"));
        assertEquals("bank.knowledgePoint.unknown", code(() -> tree.subtree("NOPE")));
    }

    @Test
    void aPointCannotMoveUnderItselfOrItsDescendants() {
        KnowledgePoint a = new KnowledgePoint(1L, "A", "甲");
        KnowledgePoint b = new KnowledgePoint(a, "B", "乙");
        KnowledgePoint c = new KnowledgePoint(b, "C", "丙");
        assertEquals("bank.knowledgePoint.cycle", code(() -> a.moveUnder(c)));
        assertEquals("bank.knowledgePoint.cycle", code(() -> a.moveUnder(a)));
        KnowledgePoint d = new KnowledgePoint(1L, "D", "丁");
        a.moveUnder(d);
        assertEquals(4, c.depth(), "descendants move along");
        c.moveUnder(null);
        assertEquals(1, c.depth());
        assertEquals(List.of(), b.children());
    }

    @Test
    void onlyALeafIsDetachedFromItsParent() {
        KnowledgePoint a = new KnowledgePoint(1L, "A", "甲");
        KnowledgePoint b = new KnowledgePoint(a, "B", "乙");
        assertEquals("bank.knowledgePoint.hasChildren", code(a::detach));
        b.detach();
        assertEquals(null, b.parent());
        assertTrue(a.children().isEmpty());
        a.detach();
    }

    @Test
    void theTreeHasADepthLimit() {
        KnowledgePoint p = new KnowledgePoint(1L, "L1", "1");
        for (int level = 2; level <= KnowledgePoint.MAX_DEPTH; level++) {
            p = new KnowledgePoint(p, "L" + level, String.valueOf(level));
        }
        KnowledgePoint deepest = p;
        assertEquals("bank.knowledgePoint.depth", code(() -> new KnowledgePoint(deepest, "TOO", "深")));
        KnowledgePoint other = new KnowledgePoint(1L, "X", "x");
        new KnowledgePoint(other, "Y", "y");
        assertEquals("bank.knowledgePoint.depth", code(() -> other.moveUnder(deepest.parent())));
    }

    @Test
    void codesNamesAndOwnersAreChecked() {
        assertEquals("bank.knowledgePoint.code", code(() -> new KnowledgePoint(1L, "消防", "消防")));
        assertEquals("bank.knowledgePoint.code", code(() -> new KnowledgePoint(1L, "a b", "x")));
        assertEquals("bank.knowledgePoint.name", code(() -> new KnowledgePoint(1L, "A", " ")));
        KnowledgePoint mine = new KnowledgePoint(1L, "A", "x");
        assertEquals("bank.knowledgePoint.owner", code(() -> new KnowledgePoint(2L, "B", "y").moveUnder(mine)));
    }

    @Test
    void aSnapshotRefusesCyclesAndUnknownParents() {
        Map<String, String> cycle = new HashMap<>();
        cycle.put("A", "B");
        cycle.put("B", "A");
        assertEquals("bank.knowledgePoint.cycle", code(() -> KnowledgeTree.of(cycle)));
        assertEquals("bank.knowledgePoint.unknown", code(() -> KnowledgeTree.of(Map.of("A", "Z"))));
        Map<String, String> ok = new HashMap<>();
        ok.put("A", null);
        ok.put("B", "A");
        assertEquals(Set.of("A", "B"), KnowledgeTree.of(ok).subtree("A"));
    }
}

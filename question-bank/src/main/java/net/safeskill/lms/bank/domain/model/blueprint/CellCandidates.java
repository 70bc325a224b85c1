package net.safeskill.lms.bank.domain.model.blueprint;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import net.safeskill.lms.bank.domain.model.knowledge.KnowledgeTree;

/**
 * The questions each cell of a blueprint may draw (每条规则的候选题, E3): for every cell, the sorted, distinct revision ids
 * of its type, with a knowledge point in the subtree of one of its roots, within its difficulty range. Computed once
 * and shared by the {@link BlueprintFeasibility feasibility proof} and the paper assembler.
 */
public final class CellCandidates {

    private final List<BlueprintCell> cells;
    private final long[][] ids;

    private CellCandidates(List<BlueprintCell> cells, long[][] ids) {
        this.cells = List.copyOf(cells);
        this.ids = ids;
    }

    /** @throws net.safeskill.lms.shared.domain.DomainException {@code bank.knowledgePoint.unknown} for a root the tree lacks */
    public static CellCandidates of(List<BlueprintCell> cells, KnowledgeTree tree, BankIndex bank) {
        long[][] ids = new long[cells.size()][];
        for (int c = 0; c < cells.size(); c++) {
            BlueprintCell cell = cells.get(c);
            LongStream.Builder all = LongStream.builder();
            for (int d = cell.minDifficulty(); d <= cell.maxDifficulty(); d++) {
                if (cell.knowledgeRoots().isEmpty()) {
                    Arrays.stream(bank.candidates(cell.type(), d)).forEach(all);
                    continue;
                }
                for (String root : cell.knowledgeRoots()) {
                    Set<String> subtree = tree.subtree(root);
                    for (String code : subtree) {
                        Arrays.stream(bank.candidates(cell.type(), code, d)).forEach(all);
                    }
                }
            }
            ids[c] = all.build().sorted().distinct().toArray();
        }
        return new CellCandidates(cells, ids);
    }

    public List<BlueprintCell> cells() {
        return cells;
    }

    public int cellCount() {
        return ids.length;
    }

    /** @return the sorted, distinct revision ids cell {@code c} may draw (a copy) */
    public long[] of(int c) {
        return ids[c].clone();
    }
}

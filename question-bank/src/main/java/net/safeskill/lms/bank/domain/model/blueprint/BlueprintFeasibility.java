package net.safeskill.lms.bank.domain.model.blueprint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * The proof that a bank can meet a blueprint (组卷可行性证明, E3), run when a blueprint is saved and when an exam
 * session opens.
 *
 * <p>First every cell must have at least its count of candidates on its own; if not, that cell is named with how many
 * questions it lacks. When cells share candidates (see the overlap rule on {@link Blueprint}) that is not enough: two
 * cells of 5 that share the same 6 questions cannot both be met. Then the proof is a maximum flow from the cells
 * (capacity: their counts) through the questions (capacity 1 each) — questions that fit exactly the same cells are
 * merged into one node with their number as capacity, so the graph stays small for any bank size. The blueprint is
 * feasible exactly when the flow equals the number of items; otherwise the cells on the source side of the minimum
 * cut are the ones competing for too few questions, and they are named with the shortfall.
 */
public final class BlueprintFeasibility {

    private BlueprintFeasibility() {
    }

    /**
     * @return the proof (per-cell supply, and whether cells share questions)
     * @throws DomainException {@code bank.blueprint.infeasible} (cell number, description, missing, available) or
     *                         {@code bank.blueprint.infeasibleShared} (cell descriptions, missing)
     */
    public static FeasibilityProof prove(CellCandidates candidates) {
        List<BlueprintCell> cells = candidates.cells();
        int[] available = new int[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            available[c] = candidates.of(c).length;
            int missing = cells.get(c).count() - available[c];
            if (missing > 0) {
                throw new DomainException("bank.blueprint.infeasible", c + 1, cells.get(c).description(), missing,
                        available[c]);
            }
        }
        Map<BitSet, Integer> classes = signatureClasses(candidates);
        boolean shared = classes.keySet().stream().anyMatch(s -> s.cardinality() > 1);
        if (shared) {
            requireFlow(cells, classes);
        }
        return new FeasibilityProof(available, shared);
    }

    /** Groups questions by the set of cells they fit: the count of questions for each such set. */
    private static Map<BitSet, Integer> signatureClasses(CellCandidates candidates) {
        Map<Long, BitSet> cellsOf = new HashMap<>();
        for (int c = 0; c < candidates.cellCount(); c++) {
            for (long id : candidates.of(c)) {
                cellsOf.computeIfAbsent(id, k -> new BitSet()).set(c);
            }
        }
        Map<BitSet, Integer> classes = new HashMap<>();
        cellsOf.values().forEach(s -> classes.merge(s, 1, Integer::sum));
        return classes;
    }

    private static void requireFlow(List<BlueprintCell> cells, Map<BitSet, Integer> classes) {
        List<BitSet> signatures = new ArrayList<>(classes.keySet());
        int cellCount = cells.size();
        int source = 0;
        int sink = 1;
        MaxFlow flow = new MaxFlow(2 + cellCount + signatures.size());
        int demand = 0;
        for (int c = 0; c < cellCount; c++) {
            flow.edge(source, 2 + c, cells.get(c).count());
            demand += cells.get(c).count();
        }
        for (int k = 0; k < signatures.size(); k++) {
            int node = 2 + cellCount + k;
            int size = classes.get(signatures.get(k));
            flow.edge(node, sink, size);
            BitSet signature = signatures.get(k);
            for (int c = signature.nextSetBit(0); c >= 0; c = signature.nextSetBit(c + 1)) {
                flow.edge(2 + c, node, size);
            }
        }
        int met = flow.run(source, sink);
        if (met < demand) {
            boolean[] sourceSide = flow.reachableFromSource(source);
            String competing = IntStream.range(0, cellCount).filter(c -> sourceSide[2 + c])
                    .mapToObj(c -> (c + 1) + " (" + cells.get(c).description() + ")")
                    .collect(Collectors.joining("; "));
            throw new DomainException("bank.blueprint.infeasibleShared", competing, demand - met);
        }
    }

    /** Dinic's maximum flow on a small graph with integer capacities. */
    private static final class MaxFlow {
        private final List<int[]>[] adjacency;
        private final List<int[]> edges = new ArrayList<>();
        private int[] level;

        @SuppressWarnings("unchecked")
        MaxFlow(int nodes) {
            adjacency = new List[nodes];
            for (int i = 0; i < nodes; i++) {
                adjacency[i] = new ArrayList<>();
            }
        }

        /** An edge {to, capacity, index of the reverse edge}. */
        void edge(int from, int to, int capacity) {
            int[] forward = {to, capacity, 0};
            int[] backward = {from, 0, 0};
            adjacency[from].add(forward);
            adjacency[to].add(backward);
            forward[2] = adjacency[to].size() - 1;
            backward[2] = adjacency[from].size() - 1;
            edges.add(forward);
        }

        int run(int source, int sink) {
            int total = 0;
            while (bfs(source, sink)) {
                int[] next = new int[adjacency.length];
                int pushed;
                while ((pushed = dfs(source, sink, Integer.MAX_VALUE, next)) > 0) {
                    total += pushed;
                }
            }
            return total;
        }

        private boolean bfs(int source, int sink) {
            level = new int[adjacency.length];
            Arrays.fill(level, -1);
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            level[source] = 0;
            queue.add(source);
            while (!queue.isEmpty()) {
                int node = queue.poll();
                for (int[] e : adjacency[node]) {
                    if (e[1] > 0 && level[e[0]] < 0) {
                        level[e[0]] = level[node] + 1;
                        queue.add(e[0]);
                    }
                }
            }
            return level[sink] >= 0;
        }

        private int dfs(int node, int sink, int limit, int[] next) {
            if (node == sink) {
                return limit;
            }
            for (; next[node] < adjacency[node].size(); next[node]++) {
                int[] e = adjacency[node].get(next[node]);
                if (e[1] > 0 && level[e[0]] == level[node] + 1) {
                    int pushed = dfs(e[0], sink, Math.min(limit, e[1]), next);
                    if (pushed > 0) {
                        e[1] -= pushed;
                        adjacency[e[0]].get(e[2])[1] += pushed;
                        return pushed;
                    }
                }
            }
            return 0;
        }

        /** After {@link #run}: the nodes still reachable from the source in the residual graph (the minimum cut). */
        boolean[] reachableFromSource(int source) {
            bfs(source, source);
            boolean[] reachable = new boolean[adjacency.length];
            for (int i = 0; i < level.length; i++) {
                reachable[i] = level[i] >= 0;
            }
            return reachable;
        }
    }
}

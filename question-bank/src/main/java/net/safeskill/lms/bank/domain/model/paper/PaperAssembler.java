package net.safeskill.lms.bank.domain.model.paper;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;

import net.safeskill.lms.bank.domain.model.blueprint.BankIndex;
import net.safeskill.lms.bank.domain.model.blueprint.Blueprint;
import net.safeskill.lms.bank.domain.model.blueprint.BlueprintCell;
import net.safeskill.lms.bank.domain.model.blueprint.BlueprintFeasibility;
import net.safeskill.lms.bank.domain.model.blueprint.CellCandidates;
import net.safeskill.lms.bank.domain.model.blueprint.FeasibilityProof;
import net.safeskill.lms.bank.domain.model.grading.Points;
import net.safeskill.lms.bank.domain.model.knowledge.KnowledgeTree;

/**
 * Draws one random paper per candidate from a blueprint (随机组卷, E3), exactly as the blueprint says: every cell gets
 * exactly its count of distinct questions, no question twice in a paper, the least-exposed questions first (ties
 * broken at random) so that exposure stays balanced across candidates, options shuffled per candidate and the question
 * order shuffled when the blueprint says so.
 *
 * <p>One assembler serves one exam session. Building it proves the blueprint feasible for the bank (see
 * {@link BlueprintFeasibility}) and lays out an index: for every cell, its candidates in an array ordered by exposure.
 * A paper then costs about one random pick per item plus a binary search per exposure level touched; it never scans
 * the bank. After each paper the exposure of the drawn questions goes up by one, which moves each of them one slot
 * within its cells' arrays, keeping them ordered.
 *
 * <p>Cells that share questions are drawn most-constrained first; should a cell still come up short because a
 * neighbour took what it needed, an augmenting path (as in bipartite matching) moves questions between cells until
 * every cell is full. The feasibility proof guarantees such a path exists, so every paper is exact.
 *
 * <p>Thread-safe: {@link #assemble()} is synchronised (a paper takes microseconds). The counts live in this JVM only;
 * the papers themselves are stored by the caller, and the next session starts from the stored counts.
 */
public final class PaperAssembler {

    private final Blueprint blueprint;
    private final List<BlueprintCell> cells;
    private final FeasibilityProof proof;
    private final RandomGenerator random;

    private final long[] revisionIds;
    private final Map<Long, Integer> denseIndex;
    private final int[] exposure;
    private final int[] optionCount;
    private final int[] stamp;
    private final int[] owner;
    private int sequence;

    private final int[][] members;
    private final int[][] order;
    private final int[][] position;
    private final int[] memberStart;
    private final int[] memberCell;
    private final int[] memberLocal;

    private final int[] drawOrder;
    private final int[] picked;
    private int pickedCount;
    private final int[] have;

    /**
     * @param random the source of randomness; production uses {@link #secureGenerator()}, tests a seeded generator
     * @throws net.safeskill.lms.shared.domain.DomainException from {@link BlueprintFeasibility#prove} when the bank
     *                                                         cannot meet the blueprint
     */
    public PaperAssembler(Blueprint blueprint, KnowledgeTree tree, BankIndex bank, ExposureSource exposures,
            RandomGenerator random) {
        this.blueprint = Objects.requireNonNull(blueprint, "blueprint");
        this.random = Objects.requireNonNull(random, "random");
        this.cells = blueprint.cells();
        CellCandidates candidates = CellCandidates.of(cells, tree, bank);
        this.proof = BlueprintFeasibility.prove(candidates);

        Map<Long, Integer> dense = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        this.members = new int[cells.size()][];
        for (int c = 0; c < cells.size(); c++) {
            long[] cellIds = candidates.of(c);
            members[c] = new int[cellIds.length];
            for (int i = 0; i < cellIds.length; i++) {
                long id = cellIds[i];
                Integer d = dense.get(id);
                if (d == null) {
                    d = ids.size();
                    dense.put(id, d);
                    ids.add(id);
                }
                members[c][i] = d;
            }
        }
        int size = ids.size();
        this.denseIndex = dense;
        this.revisionIds = ids.stream().mapToLong(Long::longValue).toArray();
        this.exposure = new int[size];
        this.optionCount = new int[size];
        for (int d = 0; d < size; d++) {
            exposure[d] = exposures.exposure(revisionIds[d]);
            if (exposure[d] < 0) {
                throw new IllegalArgumentException("negative exposure of revision " + revisionIds[d]);
            }
            optionCount[d] = bank.optionCount(revisionIds[d]);
        }
        this.stamp = new int[size];
        this.owner = new int[size];
        this.order = new int[cells.size()][];
        this.position = new int[cells.size()][];
        for (int c = 0; c < cells.size(); c++) {
            layOut(c);
        }
        this.memberStart = new int[size + 1];
        for (int[] cell : members) {
            for (int d : cell) {
                memberStart[d + 1]++;
            }
        }
        for (int d = 0; d < size; d++) {
            memberStart[d + 1] += memberStart[d];
        }
        this.memberCell = new int[memberStart[size]];
        this.memberLocal = new int[memberStart[size]];
        int[] fill = Arrays.copyOf(memberStart, size);
        for (int c = 0; c < cells.size(); c++) {
            for (int local = 0; local < members[c].length; local++) {
                int slot = fill[members[c][local]]++;
                memberCell[slot] = c;
                memberLocal[slot] = local;
            }
        }
        int[] available = proof.available();
        this.drawOrder = IntStream.range(0, cells.size()).boxed()
                .sorted((a, b) -> Integer.compare(available[a] - cells.get(a).count(),
                        available[b] - cells.get(b).count()))
                .mapToInt(Integer::intValue).toArray();
        this.picked = new int[blueprint.itemCount()];
        this.have = new int[cells.size()];
    }

    /** A fast generator for one session, seeded from {@link SecureRandom} so papers cannot be predicted. */
    public static RandomGenerator secureGenerator() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    /** Orders cell {@code c}'s candidates by exposure (ties in index order; draws pick among ties at random). */
    private void layOut(int c) {
        int n = members[c].length;
        long[] keys = new long[n];
        for (int local = 0; local < n; local++) {
            keys[local] = ((long) exposure[members[c][local]] << 32) | local;
        }
        Arrays.sort(keys);
        order[c] = new int[n];
        position[c] = new int[n];
        for (int p = 0; p < n; p++) {
            int local = (int) keys[p];
            order[c][p] = local;
            position[c][local] = p;
        }
    }

    /** @return a new paper for one candidate, meeting the blueprint exactly */
    public synchronized Paper assemble() {
        sequence++;
        pickedCount = 0;
        Arrays.fill(have, 0);
        for (int c : drawOrder) {
            draw(c, cells.get(c).count());
        }
        for (int c : drawOrder) {
            while (have[c] < cells.get(c).count()) {
                augment(c);
            }
        }
        List<PaperItem> items = new ArrayList<>(pickedCount);
        int[][] byCell = new int[cells.size()][];
        int[] filled = new int[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            byCell[c] = new int[have[c]];
        }
        for (int i = 0; i < pickedCount; i++) {
            int q = picked[i];
            byCell[owner[q]][filled[owner[q]]++] = q;
        }
        for (int c = 0; c < cells.size(); c++) {
            Points points = cells.get(c).pointsPerItem();
            for (int q : byCell[c]) {
                items.add(new PaperItem(c + 1, revisionIds[q], points,
                        optionOrder(optionCount[q], blueprint.shuffleOptions(), random)));
            }
        }
        if (blueprint.shuffleQuestions()) {
            shuffle(items, random);
        }
        for (int i = 0; i < pickedCount; i++) {
            expose(picked[i]);
        }
        return new Paper(blueprint.publicId(), items, blueprint.passMark(), blueprint.durationMinutes());
    }

    /** Takes up to {@code need} free questions for cell {@code c}, least exposed first, at random among equals. */
    private void draw(int c, int need) {
        int[] cellOrder = order[c];
        int[] cellMembers = members[c];
        int n = cellOrder.length;
        int p = 0;
        while (have[c] < need && p < n) {
            int end = levelEnd(c, exposure[cellMembers[cellOrder[p]]], p, n);
            for (int i = p; i < end && have[c] < need; i++) {
                swap(c, i, i + random.nextInt(end - i));
                int q = cellMembers[cellOrder[i]];
                if (stamp[q] != sequence) {
                    take(q, c);
                }
            }
            p = end;
        }
    }

    private void take(int q, int c) {
        stamp[q] = sequence;
        owner[q] = c;
        have[c]++;
        picked[pickedCount++] = q;
    }

    /**
     * Gives cell {@code target} one more question by an augmenting path: a breadth-first search over cells, where a
     * cell may hand a question over to the cell that wants it if it can take a free one of its own instead.
     */
    private void augment(int target) {
        int[] fromCell = new int[cells.size()];
        int[] wantedQuestion = new int[cells.size()];
        boolean[] visited = new boolean[cells.size()];
        int[] queue = new int[cells.size()];
        int head = 0;
        int tail = 0;
        queue[tail++] = target;
        visited[target] = true;
        while (head < tail) {
            int x = queue[head++];
            for (int local : order[x]) {
                int q = members[x][local];
                if (stamp[q] != sequence) {
                    take(q, x);
                    for (int cell = x; cell != target; cell = fromCell[cell]) {
                        int handed = wantedQuestion[cell];
                        owner[handed] = fromCell[cell];
                        have[cell]--;
                        have[fromCell[cell]]++;
                    }
                    return;
                }
                int y = owner[q];
                if (y != x && !visited[y]) {
                    visited[y] = true;
                    fromCell[y] = x;
                    wantedQuestion[y] = q;
                    queue[tail++] = y;
                }
            }
        }
        throw new IllegalStateException("no augmenting path although the blueprint was proven feasible");
    }

    /** One more paper holds question {@code q}: it moves to the end of its exposure level in every cell it is in. */
    private void expose(int q) {
        int e = exposure[q];
        for (int m = memberStart[q]; m < memberStart[q + 1]; m++) {
            int c = memberCell[m];
            int p = position[c][memberLocal[m]];
            swap(c, p, levelEnd(c, e, p, order[c].length) - 1);
        }
        exposure[q] = e + 1;
    }

    /** @return the first position in {@code [from, to)} of cell {@code c} whose exposure is above {@code e} */
    private int levelEnd(int c, int e, int from, int to) {
        int[] cellOrder = order[c];
        int[] cellMembers = members[c];
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (exposure[cellMembers[cellOrder[mid]]] <= e) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void swap(int c, int i, int j) {
        if (i == j) {
            return;
        }
        int[] cellOrder = order[c];
        int a = cellOrder[i];
        int b = cellOrder[j];
        cellOrder[i] = b;
        cellOrder[j] = a;
        position[c][b] = i;
        position[c][a] = j;
    }

    /**
     * A fixed paper for one candidate: the chosen revisions, shuffled as the spec says.
     *
     * @throws net.safeskill.lms.shared.domain.DomainException as {@link Paper#Paper} does (e.g. a revision twice)
     */
    public static Paper fixed(FixedPaper spec, RandomGenerator random) {
        List<PaperItem> items = new ArrayList<>(spec.items().size());
        for (FixedPaper.Item item : spec.items()) {
            items.add(new PaperItem(0, item.revisionId(), item.points(),
                    optionOrder(item.optionCount(), spec.shuffleOptions(), random)));
        }
        if (spec.shuffleQuestions()) {
            shuffle(items, random);
        }
        return new Paper(null, items, spec.passMark(), spec.durationMinutes());
    }

    private static int[] optionOrder(int options, boolean shuffle, RandomGenerator random) {
        int[] result = new int[options];
        for (int i = 0; i < options; i++) {
            result[i] = i;
        }
        if (shuffle) {
            for (int i = options - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = result[i];
                result[i] = result[j];
                result[j] = t;
            }
        }
        return result;
    }

    private static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            list.set(i, list.set(j, list.get(i)));
        }
    }

    public FeasibilityProof proof() {
        return proof;
    }

    /** @return how many papers hold this revision, counting those made here; 0 for a revision no cell can draw */
    public synchronized int exposure(long revisionId) {
        Integer d = denseIndex.get(revisionId);
        return d == null ? 0 : exposure[d];
    }
}

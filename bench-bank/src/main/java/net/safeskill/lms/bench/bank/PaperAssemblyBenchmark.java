package net.safeskill.lms.bench.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import net.safeskill.lms.bank.domain.model.blueprint.Blueprint;
import net.safeskill.lms.bank.domain.model.blueprint.BlueprintCell;
import net.safeskill.lms.bank.domain.model.blueprint.CandidateQuestion;
import net.safeskill.lms.bank.domain.model.blueprint.InMemoryBankIndex;
import net.safeskill.lms.bank.domain.model.grading.Points;
import net.safeskill.lms.bank.domain.model.knowledge.KnowledgeTree;
import net.safeskill.lms.bank.domain.model.paper.ExposureSource;
import net.safeskill.lms.bank.domain.model.paper.Paper;
import net.safeskill.lms.bank.domain.model.paper.PaperAssembler;
import net.safeskill.lms.bank.domain.model.question.QuestionType;

/**
 * Paper assembly (随机组卷, issue #4, E3): time per paper for a 100-item blueprint over type × knowledge point ×
 * difficulty, drawn from a generated in-memory bank of 100,000 reviewed questions; sample mode gives the p99 (target
 * ≤ 2 ms). The session index is built once per trial, as an exam session does when it opens. The peer approach
 * ({@code ORDER BY RAND() LIMIT n} per cell) is compared elsewhere on a database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PaperAssemblyBenchmark {

    static final int BANK_SIZE = 100_000;
    private static final QuestionType[] TYPES = {QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE,
        QuestionType.TRUE_FALSE, QuestionType.FILL_BLANK};

    private PaperAssembler assembler;

    @Setup(Level.Trial)
    public void openSession() {
        Map<String, String> parents = new HashMap<>();
        List<String> leaves = new ArrayList<>();
        for (int root = 0; root < 10; root++) {
            parents.put("K" + root, null);
            for (int leaf = 0; leaf < 10; leaf++) {
                parents.put("K" + root + "." + leaf, "K" + root);
                leaves.add("K" + root + "." + leaf);
            }
        }
        SplittableRandom random = new SplittableRandom(2026);
        List<CandidateQuestion> bank = new ArrayList<>(BANK_SIZE);
        for (int i = 0; i < BANK_SIZE; i++) {
            QuestionType type = TYPES[i % TYPES.length];
            String point = leaves.get(random.nextInt(leaves.size()));
            String second = leaves.get(random.nextInt(leaves.size()));
            Set<String> points = i % 10 == 0 && !second.equals(point) ? Set.of(point, second) : Set.of(point);
            bank.add(new CandidateQuestion(i + 1, type, points, 1 + random.nextInt(5), type.hasOptions() ? 4 : 0));
        }
        // 4 types × 10 knowledge point subtrees × 2 difficulty bands = 80 cells; 100 items; overlapping via 2-point questions
        List<BlueprintCell> cells = new ArrayList<>();
        for (QuestionType type : TYPES) {
            for (int root = 0; root < 10; root++) {
                boolean choice = type.hasOptions();
                cells.add(new BlueprintCell(type, Set.of("K" + root), 1, 3, choice && root < 5 ? 2 : 1,
                        Points.ofWhole(1)));
                cells.add(new BlueprintCell(type, Set.of("K" + root), 4, 5, !choice && root < 5 ? 2 : 1,
                        Points.ofWhole(1)));
            }
        }
        Blueprint blueprint = new Blueprint(1L, "benchmark", cells, Points.ofWhole(60), 120, true, true);
        if (blueprint.itemCount() != 100) {
            throw new IllegalStateException("blueprint has " + blueprint.itemCount() + " items");
        }
        assembler = new PaperAssembler(blueprint, KnowledgeTree.of(parents), new InMemoryBankIndex(bank),
                ExposureSource.NONE, PaperAssembler.secureGenerator());
    }

    @Benchmark
    public Paper assemble() {
        return assembler.assemble();
    }
}

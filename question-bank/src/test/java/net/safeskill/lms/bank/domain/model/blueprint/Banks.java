package net.safeskill.lms.bank.domain.model.blueprint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import net.safeskill.lms.bank.domain.model.grading.Points;
import net.safeskill.lms.bank.domain.model.knowledge.KnowledgeTree;
import net.safeskill.lms.bank.domain.model.question.QuestionType;

/** Test banks and blueprints: small hand-made ones and generated ones. */
public final class Banks {

    private Banks() {
    }

    /** FIRE › FIRE.EXT, FIRE.ALARM; GAS › GAS.NH3; SPACE. */
    public static KnowledgeTree tree() {
        Map<String, String> parents = new HashMap<>();
        parents.put("FIRE", null);
        parents.put("FIRE.EXT", "FIRE");
        parents.put("FIRE.ALARM", "FIRE");
        parents.put("GAS", null);
        parents.put("GAS.NH3", "GAS");
        parents.put("SPACE", null);
        return KnowledgeTree.of(parents);
    }

    public static CandidateQuestion q(long id, QuestionType type, int difficulty, String... points) {
        return new CandidateQuestion(id, type, Set.of(points), difficulty, type.hasOptions() ? 4 : 0);
    }

    public static BlueprintCell cell(QuestionType type, String root, int minDifficulty, int maxDifficulty, int count) {
        return new BlueprintCell(type, root == null ? Set.of() : Set.of(root), minDifficulty, maxDifficulty, count,
                Points.ofWhole(1));
    }

    public static Blueprint blueprint(boolean shuffleQuestions, boolean shuffleOptions, BlueprintCell... cells) {
        int total = List.of(cells).stream().mapToInt(BlueprintCell::count).sum();
        return new Blueprint(1L, "测试组卷规则", List.of(cells), Points.ofWhole(Math.max(1, total * 6 / 10)), 90,
                shuffleQuestions, shuffleOptions);
    }

    public static final String[] LEAVES = {"FIRE.EXT", "FIRE.ALARM", "GAS.NH3", "SPACE"};

    /**
     * A generated bank: {@code size} questions of the four objective types spread over the leaves of {@link #tree()}
     * and difficulties 1–5; every fifth question carries a second knowledge point, so cells overlap.
     */
    public static List<CandidateQuestion> generated(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        QuestionType[] types = {QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE,
                QuestionType.FILL_BLANK};
        List<CandidateQuestion> bank = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            QuestionType type = types[i % types.length];
            String first = LEAVES[random.nextInt(LEAVES.length)];
            Set<String> points = i % 5 == 0 ? Set.of(first, LEAVES[(java.util.Arrays.asList(LEAVES).indexOf(first) + 1)
                    % LEAVES.length]) : Set.of(first);
            bank.add(new CandidateQuestion(1000L + i, type, points, 1 + random.nextInt(5),
                    type.hasOptions() ? 4 : 0));
        }
        return bank;
    }
}

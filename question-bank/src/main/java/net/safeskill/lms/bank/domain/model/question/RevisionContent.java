package net.safeskill.lms.bank.domain.model.question;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import net.safeskill.lms.bank.domain.model.knowledge.KnowledgePoint;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.DomainText;

/**
 * Everything one revision of a question says (题目版本内容, E1): the body with its answer key, the knowledge points it
 * tests (知识点 codes), its difficulty from 1 (easy) to 5 (hard), the explanation shown after the exam (解析) and the
 * storage keys of its images.
 *
 * @param body            what is asked and what counts as right
 * @param knowledgePoints the knowledge point codes, sorted; may be empty (then only "any knowledge point" blueprint
 *                        cells draw it)
 * @param difficulty      1 to 5
 * @param explanation     optional explanation, {@code null} when none
 * @param imageKeys       storage keys of the images, in display order
 */
public record RevisionContent(QuestionBody body, SortedSet<String> knowledgePoints, int difficulty, String explanation,
        List<String> imageKeys) {

    public static final int MIN_DIFFICULTY = 1;
    public static final int MAX_DIFFICULTY = 5;
    public static final int MAX_KNOWLEDGE_POINTS = 10;
    public static final int MAX_EXPLANATION = 2000;
    public static final int MAX_IMAGES = 10;
    private static final Pattern STORAGE_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    public RevisionContent {
        Objects.requireNonNull(body, "body");
        TreeSet<String> codes = new TreeSet<>();
        for (String code : knowledgePoints == null ? Set.<String>of() : knowledgePoints) {
            codes.add(KnowledgePoint.requireCode(code));
        }
        if (codes.size() > MAX_KNOWLEDGE_POINTS) {
            throw new DomainException("bank.question.tooManyKnowledgePoints", MAX_KNOWLEDGE_POINTS);
        }
        knowledgePoints = Collections.unmodifiableSortedSet(codes);
        requireDifficulty(difficulty);
        explanation = explanation == null || explanation.isBlank() ? null
                : DomainText.required(explanation, MAX_EXPLANATION, "bank.question.explanation");
        imageKeys = imageKeys == null ? List.of() : List.copyOf(imageKeys);
        if (imageKeys.size() > MAX_IMAGES) {
            throw new DomainException("bank.question.tooManyImages", MAX_IMAGES);
        }
        if (imageKeys.stream().anyMatch(k -> !STORAGE_KEY.matcher(k).matches())) {
            throw new DomainException("bank.question.imageKey");
        }
    }

    /** @throws DomainException {@code bank.question.difficulty} unless 1 ≤ difficulty ≤ 5 */
    public static int requireDifficulty(int difficulty) {
        if (difficulty < MIN_DIFFICULTY || difficulty > MAX_DIFFICULTY) {
            throw new DomainException("bank.question.difficulty", MIN_DIFFICULTY, MAX_DIFFICULTY);
        }
        return difficulty;
    }

    /** Content with no explanation and no images. */
    public static RevisionContent of(QuestionBody body, Set<String> knowledgePoints, int difficulty) {
        return new RevisionContent(body, new TreeSet<>(knowledgePoints), difficulty, null, List.of());
    }

    public QuestionType type() {
        return body.type();
    }
}

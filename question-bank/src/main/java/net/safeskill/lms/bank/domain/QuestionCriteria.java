package net.safeskill.lms.bank.domain;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import net.safeskill.lms.bank.domain.model.knowledge.KnowledgeTree;

import net.safeskill.lms.bank.domain.model.question.QuestionStatus;
import net.safeskill.lms.bank.domain.model.question.QuestionType;
import net.safeskill.lms.bank.domain.model.question.StemNormaliser;
import net.safeskill.lms.shared.domain.model.Industry;

/**
 * Which questions of a bank to list or export (题目筛选, E1, E2). Every filter is optional ({@code null} or empty: any);
 * all given filters must hold. The filters apply to a question's current revision.
 *
 * @param industry        the industry
 * @param knowledgePoints the question must be tagged with at least one of these codes (a caller expands a point to
 *                        its subtree with {@link net.safeskill.lms.bank.domain.model.knowledge.KnowledgeTree#subtree})
 * @param type            the question type
 * @param status          the status
 * @param text            words the stem contains, compared in {@link StemNormaliser normalised} form
 * @param first           0-based index of the first result
 * @param max             at most this many results (1 to {@value #MAX_RESULTS})
 */
public record QuestionCriteria(Industry industry, Set<String> knowledgePoints, QuestionType type,
        QuestionStatus status, String text, int first, int max) {

    public static final int MAX_RESULTS = 10_000;

    public QuestionCriteria {
        knowledgePoints = knowledgePoints == null ? Set.of() : Set.copyOf(knowledgePoints);
        text = text == null || text.isBlank() ? null : text.strip();
        first = Math.max(first, 0);
        max = Math.min(Math.max(max, 1), MAX_RESULTS);
    }

    /** Every question, up to {@value #MAX_RESULTS}. */
    public static QuestionCriteria all() {
        return new QuestionCriteria(null, Set.of(), null, null, null, 0, MAX_RESULTS);
    }

    /** @return the text filter in normalised form, {@code null} when there is none or nothing is left of it */
    public String normalisedText() {
        String n = text == null ? "" : StemNormaliser.normalise(text);
        return n.isEmpty() ? null : n;
    }

    /**
     * @return these criteria with each knowledge point replaced by its subtree in {@code tree}
     * @throws net.safeskill.lms.shared.domain.DomainException {@code bank.knowledgePoint.unknown} for a code the
     *                                                         tree does not have
     */
    public QuestionCriteria withSubtrees(KnowledgeTree tree) {
        Set<String> codes = new HashSet<>();
        knowledgePoints.forEach(code -> codes.addAll(tree.subtree(code)));
        return new QuestionCriteria(industry, codes, type, status, text, first, max);
    }

    /** A language-neutral description for the audit trail, e.g. {@code industry=CHEMICALS type=SINGLE_CHOICE}. */
    public String description() {
        StringBuilder s = new StringBuilder();
        if (industry != null) {
            s.append("industry=").append(industry).append(' ');
        }
        if (!knowledgePoints.isEmpty()) {
            s.append("kp=").append(String.join(",", new TreeSet<>(knowledgePoints))).append(' ');
        }
        if (type != null) {
            s.append("type=").append(type).append(' ');
        }
        if (status != null) {
            s.append("status=").append(status).append(' ');
        }
        if (text != null) {
            s.append("text=").append(text).append(' ');
        }
        s.append("first=").append(first).append(" max=").append(max);
        return s.toString();
    }
}

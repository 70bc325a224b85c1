package net.safeskill.lms.bank.domain.model.grading;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import net.safeskill.lms.bank.domain.model.question.Blank;
import net.safeskill.lms.bank.domain.model.question.QuestionBody;

/**
 * Automatic grading of one item (自动评分, E6) under a {@link GradingPolicy}: choices and true/false at once, multiple
 * choice by the configured rule, fill-in-the-blank blank by blank with normalised comparison (each right blank earns
 * its share of the score), a short answer handed to a human, a case analysis as the sum of its parts (the item's
 * score split evenly over the parts, see {@link Points#split}). Scores are exact tenths; partial credit rounds down.
 */
public final class Grader {

    private final GradingPolicy policy;

    public Grader(GradingPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * @param body     the revision's body the candidate saw
     * @param max      the item's score on the paper
     * @param response the candidate's answer, {@code null} when unanswered
     */
    public Grade grade(QuestionBody body, Points max, Response response) {
        return switch (body.type()) {
            case SINGLE_CHOICE -> Grade.of(response instanceof Response.Choice c
                    && c.selected().equals(body.correctOptions()) ? max : Points.ZERO);
            case MULTIPLE_CHOICE -> Grade.of(response instanceof Response.Choice c
                    ? multiple(body.correctOptions(), c.selected(), max) : Points.ZERO);
            case TRUE_FALSE -> Grade.of(response instanceof Response.Truth t && t.value() == body.truth()
                    ? max : Points.ZERO);
            case FILL_BLANK -> Grade.of(response instanceof Response.Blanks b ? blanks(body.blanks(), b.values(), max)
                    : Points.ZERO);
            case SHORT_ANSWER -> response instanceof Response.Text t && t.text() != null && !t.text().isBlank()
                    ? Grade.human(max) : Grade.of(Points.ZERO);
            case CASE_ANALYSIS -> parts(body.parts(), response instanceof Response.Parts p ? p.parts() : List.of(),
                    max);
        };
    }

    private Points multiple(Set<Integer> correct, Set<Integer> chosen, Points max) {
        long right = chosen.stream().filter(correct::contains).count();
        long wrong = chosen.size() - right;
        if (wrong == 0 && right == correct.size()) {
            return max;
        }
        return switch (policy.multipleChoice()) {
            case ALL_OR_NOTHING -> Points.ZERO;
            case PARTIAL_IF_NO_WRONG -> wrong == 0 && right > 0 ? max.fraction(policy.partialPercent(), 100)
                    : Points.ZERO;
            case PER_OPTION -> right > wrong ? max.fraction(right - wrong, correct.size()) : Points.ZERO;
        };
    }

    private static Points blanks(List<Blank> blanks, List<String> given, Points max) {
        int right = 0;
        for (int i = 0; i < blanks.size(); i++) {
            if (i < given.size() && blanks.get(i).accepts(given.get(i))) {
                right++;
            }
        }
        return max.fraction(right, blanks.size());
    }

    private Grade parts(List<QuestionBody> parts, List<Response> responses, Points max) {
        List<Points> shares = max.split(parts.size());
        Grade total = Grade.of(Points.ZERO);
        for (int i = 0; i < parts.size(); i++) {
            total = total.plus(grade(parts.get(i), shares.get(i), i < responses.size() ? responses.get(i) : null));
        }
        return total;
    }
}

package net.safeskill.lms.bank.domain.model.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.bank.domain.model.question.QuestionBody;
import net.safeskill.lms.bank.domain.model.question.SampleQuestions;
import net.safeskill.lms.shared.domain.DomainException;

class GraderTest {

    private static final Points TWO = Points.ofWhole(2);
    /** Right options: 0, 1, 2 of 4 (index 3 is wrong). */
    private static final QuestionBody MULTIPLE = SampleQuestions.multiple();

    private static Points multiple(GradingRule rule, Integer... chosen) {
        return new Grader(new GradingPolicy(rule, 50)).grade(MULTIPLE, TWO, new Response.Choice(Set.of(chosen)))
                .awarded();
    }

    @Test
    void singleChoiceAndTrueFalseAreAllOrNothing() {
        Grader grader = new Grader(GradingPolicy.STRICT);
        assertEquals(TWO, grader.grade(SampleQuestions.single(), TWO, Response.Choice.of(1)).awarded());
        assertEquals(Points.ZERO, grader.grade(SampleQuestions.single(), TWO, Response.Choice.of(0)).awarded());
        assertEquals(Points.ZERO, grader.grade(SampleQuestions.single(), TWO, Response.Choice.of(0, 1)).awarded());
        assertEquals(TWO, grader.grade(SampleQuestions.trueFalse(), TWO, new Response.Truth(true)).awarded());
        assertEquals(Points.ZERO, grader.grade(SampleQuestions.trueFalse(), TWO, new Response.Truth(false)).awarded());
        assertEquals(Points.ZERO, grader.grade(SampleQuestions.trueFalse(), TWO, null).awarded());
        assertEquals(Points.ZERO, grader.grade(SampleQuestions.single(), TWO, new Response.Text("B")).awarded());
    }

    @Test
    void multipleChoiceAllOrNothing() {
        assertEquals(TWO, multiple(GradingRule.ALL_OR_NOTHING, 0, 1, 2));
        assertEquals(Points.ZERO, multiple(GradingRule.ALL_OR_NOTHING, 0, 1));
        assertEquals(Points.ZERO, multiple(GradingRule.ALL_OR_NOTHING, 0, 1, 2, 3));
    }

    @Test
    void multipleChoicePartialIfNoWrongGivesTheShareForAStrictSubset() {
        assertEquals(TWO, multiple(GradingRule.PARTIAL_IF_NO_WRONG, 0, 1, 2));
        assertEquals(Points.ofWhole(1), multiple(GradingRule.PARTIAL_IF_NO_WRONG, 0, 1));
        assertEquals(Points.ofWhole(1), multiple(GradingRule.PARTIAL_IF_NO_WRONG, 2));
        assertEquals(Points.ZERO, multiple(GradingRule.PARTIAL_IF_NO_WRONG, 0, 3), "a wrong option earns nothing");
        assertEquals(Points.ZERO, multiple(GradingRule.PARTIAL_IF_NO_WRONG), "nothing chosen");
        Points share = new Grader(new GradingPolicy(GradingRule.PARTIAL_IF_NO_WRONG, 25))
                .grade(MULTIPLE, Points.parse("3"), Response.Choice.of(0)).awarded();
        assertEquals(Points.parse("0.7"), share, "25% of 3 = 0.75, rounded down to 0.7");
    }

    @Test
    void multipleChoicePerOptionCountsRightAgainstWrong() {
        assertEquals(TWO, multiple(GradingRule.PER_OPTION, 0, 1, 2));
        assertEquals(Points.parse("1.3"), multiple(GradingRule.PER_OPTION, 0, 1), "2 × 2/3 = 1.33…");
        assertEquals(Points.parse("0.6"), multiple(GradingRule.PER_OPTION, 0, 1, 3), "2 × (2 − 1)/3 = 0.66…");
        assertEquals(Points.ZERO, multiple(GradingRule.PER_OPTION, 0, 3));
        assertEquals(Points.ZERO, multiple(GradingRule.PER_OPTION, 3));
    }

    @Test
    void fillBlankGivesEachRightBlankItsShareWithNormalisedComparison() {
        Grader grader = new Grader(GradingPolicy.STRICT);
        QuestionBody body = SampleQuestions.fillBlank();
        assertEquals(TWO, grader.grade(body, TWO, new Response.Blanks(List.of("１１９", " 120 "))).awarded());
        assertEquals(Points.ofWhole(1), grader.grade(body, TWO, new Response.Blanks(List.of("119", "110"))).awarded());
        assertEquals(Points.ofWhole(1), grader.grade(body, TWO, new Response.Blanks(List.of("119"))).awarded());
        assertEquals(Points.ZERO, grader.grade(body, TWO, new Response.Blanks(Arrays.asList(null, ""))).awarded());
    }

    @Test
    void shortAnswersGoToAHuman() {
        Grade grade = new Grader(GradingPolicy.STRICT).grade(SampleQuestions.shortAnswer(), TWO,
                new Response.Text("办理作业票"));
        assertTrue(grade.needsHuman());
        assertEquals(TWO, grade.pending());
        assertEquals(Points.ZERO, grade.awarded());
        Grade empty = new Grader(GradingPolicy.STRICT).grade(SampleQuestions.shortAnswer(), TWO, new Response.Text(" "));
        assertFalse(empty.needsHuman(), "nothing written, nothing to grade");
    }

    @Test
    void aCaseAnalysisIsTheSumOfItsParts() {
        // parts: true/false (right: true), single choice (right: 1), short answer; 10 points → 3.4 + 3.3 + 3.3
        Grade grade = new Grader(GradingPolicy.STRICT).grade(SampleQuestions.caseAnalysis(), Points.ofWhole(10),
                new Response.Parts(Arrays.asList(new Response.Truth(true), Response.Choice.of(0),
                        new Response.Text("应先佩戴防护用品"))));
        assertEquals(Points.parse("3.4"), grade.awarded());
        assertEquals(Points.parse("3.3"), grade.pending());
        Grade skipped = new Grader(GradingPolicy.STRICT).grade(SampleQuestions.caseAnalysis(), Points.ofWhole(10),
                new Response.Parts(Arrays.asList(null, Response.Choice.of(1))));
        assertEquals(Points.parse("3.3"), skipped.awarded());
        assertFalse(skipped.needsHuman());
    }

    @Test
    void thePartialShareMustBeAPercentage() {
        assertThrows(DomainException.class, () -> new GradingPolicy(GradingRule.PARTIAL_IF_NO_WRONG, 0));
        assertThrows(DomainException.class, () -> new GradingPolicy(GradingRule.PARTIAL_IF_NO_WRONG, 100));
    }
}

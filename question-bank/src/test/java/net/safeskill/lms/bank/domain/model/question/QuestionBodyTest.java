package net.safeskill.lms.bank.domain.model.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.shared.domain.DomainException;

class QuestionBodyTest {

    private static String code(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }

    @Test
    void everyTypeHasAValidSample() {
        assertEquals(QuestionType.values().length, SampleQuestions.all().stream().map(QuestionBody::type).distinct().count());
        assertTrue(SampleQuestions.shortAnswer().needsHumanGrading());
        assertTrue(SampleQuestions.caseAnalysis().needsHumanGrading());
        assertFalse(SampleQuestions.single().needsHumanGrading());
    }

    @Test
    void choiceQuestionsNeedTwoToEightDistinctOptionsAndTheRightNumberOfAnswers() {
        assertEquals("bank.question.options", code(() -> QuestionBody.singleChoice("题", List.of("只有一个"), 0)));
        assertEquals("bank.question.options", code(() -> QuestionBody.singleChoice("题",
                List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), 0)));
        assertEquals("bank.question.optionRepeated", code(() -> QuestionBody.singleChoice("题",
                List.of("切断电源", "切断 电源。"), 0)));
        assertEquals("bank.question.answerOutOfRange", code(() -> QuestionBody.singleChoice("题", List.of("a", "b"), 2)));
        assertEquals("bank.question.multipleAnswers", code(() -> QuestionBody.multipleChoice("题",
                List.of("a", "b", "c"), Set.of(1))));
        assertEquals("bank.question.singleAnswer", code(() -> new QuestionBody(QuestionType.SINGLE_CHOICE, "题",
                List.of("a", "b"), new TreeSet<>(Set.of(0, 1)), null, null, null, null)));
        assertEquals("bank.question.option", code(() -> QuestionBody.singleChoice("题", List.of("a", " "), 0)));
    }

    @Test
    void aBodyRefusesPartsItsTypeDoesNotHave() {
        assertEquals("bank.question.shape", code(() -> new QuestionBody(QuestionType.TRUE_FALSE, "题",
                List.of("对", "错"), null, true, null, null, null)));
        assertEquals("bank.question.shape", code(() -> new QuestionBody(QuestionType.SHORT_ANSWER, "题", null, null,
                null, List.of(Blank.of("x")), null, null)));
        assertEquals("bank.question.trueFalseAnswer", code(() -> new QuestionBody(QuestionType.TRUE_FALSE, "题", null,
                null, null, null, null, null)));
    }

    @Test
    void stemsAndBlanksAreRequired() {
        assertEquals("bank.question.stem", code(() -> QuestionBody.trueFalse("  ", true)));
        assertEquals("bank.question.stem", code(() -> QuestionBody.trueFalse("长".repeat(QuestionBody.MAX_STEM + 1), true)));
        assertEquals("bank.question.blanks", code(() -> QuestionBody.fillBlank("题", List.of())));
        assertEquals("bank.question.blankAnswers", code(() -> QuestionBody.fillBlank("题", List.of(new Blank(List.of())))));
        assertEquals("bank.question.blankAnswer", code(() -> Blank.of("")));
    }

    @Test
    void aCaseAnalysisHoldsOneToTwentyPartsButNoCaseAnalysis() {
        assertEquals("bank.question.caseParts", code(() -> QuestionBody.caseAnalysis("材料", List.of())));
        assertEquals("bank.question.caseNested", code(() -> QuestionBody.caseAnalysis("材料",
                List.of(SampleQuestions.caseAnalysis()))));
        assertEquals(3, SampleQuestions.caseAnalysis().parts().size());
    }

    @Test
    void theShortAnswerReferenceIsOptional() {
        assertEquals(null, QuestionBody.shortAnswer("简述", " ").referenceAnswer());
    }

    @Test
    void blanksAcceptNormalisedAlternatives() {
        Blank blank = Blank.of("干粉灭火器", "ABC干粉灭火器", "干粉灭火器");
        assertEquals(2, blank.accepted().size());
        assertTrue(blank.accepts(" 干粉灭火器 "));
        assertTrue(blank.accepts("ａｂｃ干粉灭火器"));
        assertFalse(blank.accepts("二氧化碳灭火器"));
        assertFalse(blank.accepts(""));
        assertFalse(blank.accepts(null));
    }

    @Test
    void revisionContentChecksItsAttributes() {
        QuestionBody body = SampleQuestions.single();
        assertEquals("bank.question.difficulty", code(() -> RevisionContent.of(body, Set.of(), 0)));
        assertEquals("bank.question.difficulty", code(() -> RevisionContent.of(body, Set.of(), 6)));
        assertEquals("bank.knowledgePoint.code", code(() -> RevisionContent.of(body, Set.of("消防"), 3)));
        assertEquals("bank.question.imageKey", code(() -> new RevisionContent(body, new TreeSet<>(), 3, null,
                List.of("../etc/passwd"))));
        RevisionContent content = new RevisionContent(body, new TreeSet<>(Set.of("B", "A")), 2, "  ", List.of("img-1"));
        assertEquals(List.of("A", "B"), List.copyOf(content.knowledgePoints()));
        assertEquals(null, content.explanation());
    }
}

package net.safeskill.lms.bank.domain.model.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.Industry;

class QuestionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private static Question question() {
        return new Question(42L, Industry.CHEMICALS, " 危险化学品安全作业/氯化工艺作业 ",
                SampleQuestions.content(SampleQuestions.single()), NOW, "author");
    }

    private static String code(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }

    @Test
    void aNewQuestionIsADraftWithOneRevision() {
        Question q = question();
        assertEquals(QuestionStatus.DRAFT, q.status());
        assertEquals(1, q.revisions().size());
        assertEquals(1, q.current().number());
        assertEquals("危险化学品安全作业/氯化工艺作业", q.operationItem());
        assertEquals(StemNormaliser.normalise(SampleQuestions.single().stem()), q.normalisedStem());
        assertEquals(SampleQuestions.content(SampleQuestions.single()), q.current().content());
        assertEquals(42L, q.ownerId());
    }

    @Test
    void draftReviewedRetiredAndNothingElse() {
        Question q = question();
        assertEquals("bank.question.status", code(() -> q.retire(NOW)));
        assertEquals("bank.question.selfReview", code(() -> q.review("author", NOW)));
        q.review("reviewer", NOW);
        assertEquals(QuestionStatus.REVIEWED, q.status());
        assertEquals("reviewer", q.reviewedBy());
        assertEquals("bank.question.status", code(() -> q.review("other", NOW)));
        q.retire(NOW);
        assertEquals(QuestionStatus.RETIRED, q.status());
        assertEquals("bank.question.status", code(() -> q.retire(NOW)));
        assertEquals("bank.question.status", code(() -> q.review("other", NOW)));
        assertEquals("bank.question.status", code(() -> q.revise(SampleQuestions.content(SampleQuestions.trueFalse()),
                false, NOW, "author")));
        assertEquals("bank.question.status", code(() -> q.classify(Industry.GENERAL, "x", NOW)));
    }

    @Test
    void editingAnUnusedDraftRewritesTheCurrentRevision() {
        Question q = question();
        QuestionRevision first = q.current();
        RevisionContent changed = RevisionContent.of(SampleQuestions.trueFalse(), Set.of("NH3"), 2);
        QuestionRevision result = q.revise(changed, false, NOW.plusSeconds(60), "editor");
        assertSame(first, result);
        assertEquals(1, q.revisions().size());
        assertEquals(changed, q.current().content());
        assertEquals(QuestionType.TRUE_FALSE, q.current().type());
        assertEquals("editor", q.current().writtenBy());
        assertEquals(StemNormaliser.normalise(SampleQuestions.trueFalse().stem()), q.normalisedStem());
    }

    @Test
    void editingARevisionThatAPaperUsesAddsARevisionAndKeepsTheOld() {
        Question q = question();
        q.review("reviewer", NOW);
        RevisionContent original = q.current().content();
        RevisionContent changed = RevisionContent.of(SampleQuestions.multiple(), Set.of("SPACE"), 4);
        QuestionRevision second = q.revise(changed, true, NOW.plusSeconds(60), "editor");
        assertEquals(2, q.revisions().size());
        assertEquals(2, second.number());
        assertSame(second, q.current());
        assertEquals(original, q.revisions().get(0).content(), "the paper's revision never changes");
        assertEquals(changed, second.content());
        assertEquals(QuestionStatus.DRAFT, q.status(), "a changed question is reviewed again");
        assertNull(q.reviewedBy());
        assertEquals("bank.question.selfReview", code(() -> q.review("editor", NOW)));
        q.review("author", NOW);
        assertEquals(QuestionStatus.REVIEWED, q.status());
    }

    @Test
    void theOperationItemIsRequired() {
        assertEquals("bank.question.operationItem", code(() -> new Question(1L, Industry.CHEMICALS, " ",
                SampleQuestions.content(SampleQuestions.single()), NOW, "author")));
        assertThrows(NullPointerException.class, () -> new Question(1L, null, "x",
                SampleQuestions.content(SampleQuestions.single()), NOW, "author"));
    }
}

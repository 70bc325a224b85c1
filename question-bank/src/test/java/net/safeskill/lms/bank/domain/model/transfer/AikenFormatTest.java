package net.safeskill.lms.bank.domain.model.transfer;

import static net.safeskill.lms.bank.domain.model.transfer.Drafts.assertIssue;
import static net.safeskill.lms.bank.domain.model.transfer.Drafts.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.bank.domain.model.question.QuestionBody;
import net.safeskill.lms.bank.domain.model.question.RevisionContent;

class AikenFormatTest {

    private final AikenFormat aiken = new AikenFormat();

    @Test
    void readsLatinAndChineseMarkers() {
        ImportPreview preview = aiken.read(utf8("""
                扑救电气火灾时，应首先（ ）。
                A. 用水扑救
                B. 切断电源
                C) 打开门窗
                ANSWER: B

                安全帽的作用是
                A、防砸
                B．防晒
                答案：a
                """), Set.of());
        assertTrue(preview.issues().isEmpty(), preview.issues().toString());
        QuestionBody first = preview.drafts().get(0).content().body();
        assertEquals(List.of("用水扑救", "切断电源", "打开门窗"), first.options());
        assertEquals(Set.of(1), first.correctOptions());
        assertEquals(Set.of(0), preview.drafts().get(1).content().body().correctOptions());
        assertEquals(List.of(1, 7), preview.questions().stream().map(ImportPreview.Line::line).toList());
    }

    @Test
    void mistakesNameTheirLines() {
        ImportPreview preview = aiken.read(utf8("""
                没有选项
                ANSWER: A

                没有答案
                A. 甲
                B. 乙

                答案不存在
                A. 甲
                B. 乙
                ANSWER: E

                选项跳号
                A. 甲
                C. 丙
                ANSWER: A

                答案之后还有内容
                A. 甲
                B. 乙
                ANSWER: A
                多余的一行
                """), Set.of());
        assertTrue(preview.questions().isEmpty());
        assertIssue(preview, 1, "bank.import.aiken.noOptions");
        assertIssue(preview, 6, "bank.import.aiken.noAnswer");
        assertIssue(preview, 11, "bank.import.aiken.answerUnknown");
        assertIssue(preview, 15, "bank.import.aiken.optionSyntax");
        assertIssue(preview, 22, "bank.import.aiken.afterAnswer");
        assertEquals(5, preview.issues().size());
    }

    @Test
    void exportThenImportKeepsSingleChoice() {
        List<QuestionDraft> drafts = Drafts.all();
        QuestionExport export = aiken.write(drafts);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), export.skipped());
        ImportPreview back = aiken.read(export.content(), Set.of());
        QuestionDraft original = drafts.get(0);
        assertEquals(List.of(new QuestionDraft(null, null, null, new RevisionContent(original.content().body(),
                new TreeSet<>(), QuestionDraft.DEFAULT_DIFFICULTY, null, List.of()))), back.drafts());
    }
}

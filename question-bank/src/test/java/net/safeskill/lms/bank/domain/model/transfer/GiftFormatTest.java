package net.safeskill.lms.bank.domain.model.transfer;

import static net.safeskill.lms.bank.domain.model.transfer.Drafts.assertIssue;
import static net.safeskill.lms.bank.domain.model.transfer.Drafts.assertOnlyIssue;
import static net.safeskill.lms.bank.domain.model.transfer.Drafts.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.bank.domain.model.question.QuestionBody;
import net.safeskill.lms.bank.domain.model.question.QuestionType;
import net.safeskill.lms.bank.domain.model.question.RevisionContent;

class GiftFormatTest {

    private final GiftFormat gift = new GiftFormat();

    private ImportPreview read(String text) {
        return gift.read(utf8(text), Set.of());
    }

    @Test
    void readsEveryKindOfQuestionMoodleWrites() {
        ImportPreview preview = read("""
                // 注释行
                $CATEGORY: $course$/安全/消防

                ::Q1:: 扑救电气火灾时，应首先{
                  =切断电源#对
                  ~用水扑救#错
                  ~打开门窗
                  ####电气火灾先断电
                }

                ::Q2:: [html]<p>进入受限空间前应当</p>{
                  ~%50%通风
                  ~%50%检测气体
                  ~%-100%单人进入
                }

                液氨泄漏时应向上风向撤离。{T}

                ::Q4::我国的火警电话是{=119 =一一九 =%50%幺幺九}。

                简述动火作业的安全措施。{}

                特殊字符 \\{a\\} \\= \\~ \\# \\: 反斜杠\\\\ {FALSE#错#对}
                """);
        assertTrue(preview.issues().isEmpty(), preview.issues().toString());
        List<QuestionBody> bodies = preview.drafts().stream().map(d -> d.content().body()).toList();
        assertEquals(List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE,
                QuestionType.FILL_BLANK, QuestionType.SHORT_ANSWER, QuestionType.TRUE_FALSE),
                bodies.stream().map(QuestionBody::type).toList());
        assertEquals("扑救电气火灾时，应首先", bodies.get(0).stem());
        assertEquals(List.of("切断电源", "用水扑救", "打开门窗"), bodies.get(0).options());
        assertEquals(Set.of(0), bodies.get(0).correctOptions());
        assertEquals("电气火灾先断电", preview.drafts().get(0).content().explanation());
        assertEquals("$course$/安全/消防", preview.drafts().get(0).category());
        assertEquals("进入受限空间前应当", bodies.get(1).stem());
        assertEquals(Set.of(0, 1), bodies.get(1).correctOptions());
        assertEquals(true, bodies.get(2).truth());
        assertEquals("我国的火警电话是____。", bodies.get(3).stem());
        assertEquals(List.of("119", "一一九"), bodies.get(3).blanks().get(0).accepted(), "partial credit is not kept");
        assertEquals("特殊字符 {a} = ~ # : 反斜杠\\", bodies.get(5).stem());
        assertEquals(false, bodies.get(5).truth());
        assertEquals(List.of(4, 11, 17, 19, 21, 23), preview.questions().stream().map(ImportPreview.Line::line).toList());
        assertTrue(preview.acceptable());
    }

    @Test
    void syntaxErrorsNameTheirLines() {
        ImportPreview preview = read("""
                好的题目 {T}

                没有答案的题目

                未闭合的题目 {
                =a
                ~b

                匹配题 {=a -> 1 =b -> 2}

                数值题 {#3.14:0.01}

                两个答案块 {T} 和 {F}

                单选没有正确答案 {~a ~b}

                ::没有结束的标题 {T}
                """);
        assertEquals(1, preview.questions().size());
        assertIssue(preview, 3, "bank.import.gift.noAnswers");
        assertIssue(preview, 5, "bank.import.gift.unclosed");
        assertIssue(preview, 9, "bank.import.gift.unsupported");
        assertIssue(preview, 11, "bank.import.gift.unsupported");
        assertIssue(preview, 13, "bank.import.gift.twoAnswerBlocks");
        assertIssue(preview, 15, "bank.question.singleAnswer");
        assertIssue(preview, 17, "bank.import.gift.title");
        assertEquals(7, preview.issues().size());
        assertFalse(preview.acceptable(), "all or nothing");
    }

    @Test
    void anUnclosedBlockSpanningLinesIsReportedAtTheBrace() {
        assertOnlyIssue(read("第一行\n第二行 {\n=a\n"), 2, "bank.import.gift.unclosed");
    }

    @Test
    void duplicatesAreFoundInTheFileAndInTheBank() {
        ImportPreview preview = gift.read(utf8("""
                液氨泄漏时应向上风向撤离。{T}

                液氨泄漏时，应向 上风向 撤离 {T}

                已在题库中的题目 {F}
                """), Set.of("已在题库中的题目"));
        assertEquals(2, preview.duplicates().size());
        assertEquals(new ImportPreview.Duplicate(3, 1, "液氨泄漏时应向上风向撤离"), preview.duplicates().get(0));
        assertTrue(preview.duplicates().get(1).inBank());
        assertTrue(preview.acceptable(), "duplicates are shown, not errors");
    }

    @Test
    void gbkFilesAndByteOrderMarksAreRead() {
        byte[] gbk = "液氨泄漏时应向上风向撤离。{T}".getBytes(Charset.forName("GBK"));
        assertEquals("液氨泄漏时应向上风向撤离。", gift.read(gbk, Set.of()).drafts().get(0).content().body().stem());
        byte[] bom = utf8("\uFEFF题目 {F}");
        assertEquals("题目", gift.read(bom, Set.of()).drafts().get(0).content().body().stem());
    }

    @Test
    void anOversizedFileIsRefusedWhole() {
        ImportPreview preview = gift.read(new byte[TextFiles.MAX_BYTES + 1], Set.of());
        assertOnlyIssue(preview, 0, "bank.import.tooLarge");
        assertTrue(preview.questions().isEmpty());
    }

    @Test
    void exportThenImportKeepsWhatGiftCarries() {
        List<QuestionDraft> drafts = Drafts.all();
        QuestionExport export = gift.write(drafts);
        assertEquals(List.of(4, 6), export.skipped(), "two blanks and the case analysis do not fit GIFT");
        ImportPreview back = gift.read(export.content(), Set.of());
        assertTrue(back.issues().isEmpty(), back.issues().toString());
        List<QuestionDraft> expected = Drafts.stickyCategories(List.of(drafts.get(0), drafts.get(1), drafts.get(2),
                drafts.get(3), drafts.get(5))).stream().map(GiftFormatTest::giftPart).toList();
        assertEquals(expected, back.drafts());
    }

    /** What GIFT carries of a draft: body (short answers without reference), explanation, category. */
    private static QuestionDraft giftPart(QuestionDraft d) {
        QuestionBody body = d.content().body();
        if (body.type() == QuestionType.SHORT_ANSWER) {
            body = QuestionBody.shortAnswer(body.stem(), null);
        }
        return new QuestionDraft(null, null, d.category(), new RevisionContent(body, new TreeSet<>(),
                QuestionDraft.DEFAULT_DIFFICULTY, d.content().explanation(), List.of()));
    }

    @Test
    void anEmptyFileHasNothingToImport() {
        ImportPreview preview = read("// 只有注释\n\n");
        assertTrue(preview.issues().isEmpty());
        assertFalse(preview.acceptable());
        assertNull(read("题 {T}").drafts().get(0).category());
    }
}

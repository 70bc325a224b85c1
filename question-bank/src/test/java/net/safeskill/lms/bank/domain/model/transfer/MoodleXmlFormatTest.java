package net.safeskill.lms.bank.domain.model.transfer;

import static net.safeskill.lms.bank.domain.model.transfer.Drafts.assertIssue;
import static net.safeskill.lms.bank.domain.model.transfer.Drafts.assertOnlyIssue;
import static net.safeskill.lms.bank.domain.model.transfer.Drafts.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.safeskill.lms.bank.domain.model.question.QuestionBody;
import net.safeskill.lms.bank.domain.model.question.QuestionType;
import net.safeskill.lms.shared.domain.model.Industry;

class MoodleXmlFormatTest {

    private final MoodleXmlFormat moodle = new MoodleXmlFormat();

    private ImportPreview read(String xml) {
        return moodle.read(utf8(xml), Set.of());
    }

    @Test
    void readsWhatMoodleExports() {
        ImportPreview preview = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="category"><category><text>$course$/默认/消防</text></category></question>
                  <question type="multichoice">
                    <name><text>Q1</text></name>
                    <questiontext format="html"><text><![CDATA[<p>扑救电气火灾时，应首先&nbsp;&lt;&gt;</p>]]></text></questiontext>
                    <generalfeedback format="html"><text>&lt;b&gt;先断电&lt;/b&gt;</text></generalfeedback>
                    <single>true</single>
                    <answer fraction="0"><text>用水扑救</text></answer>
                    <answer fraction="100"><text><![CDATA[<p>切断电源</p>]]></text></answer>
                    <tags><tag><text>kp:FIRE</text></tag><tag><text>difficulty:2</text></tag><tag><text>industry:化工（危险化学品）</text></tag></tags>
                  </question>
                  <question type="multichoice">
                    <questiontext format="plain_text"><text>进入受限空间前应当 &lt;b&gt;?&lt;/b&gt;</text></questiontext>
                    <single>false</single>
                    <answer fraction="50"><text>通风</text></answer>
                    <answer fraction="50"><text>检测气体</text></answer>
                    <answer fraction="-100"><text>单人进入</text></answer>
                  </question>
                  <question type="truefalse">
                    <questiontext><text>液氨泄漏时应向上风向撤离。</text></questiontext>
                    <answer fraction="0"><text>true</text></answer>
                    <answer fraction="100"><text>false</text></answer>
                  </question>
                  <question type="description"><questiontext><text>说明文字</text></questiontext></question>
                  <question type="shortanswer">
                    <questiontext><text>火警电话是</text></questiontext>
                    <answer fraction="100"><text>119</text></answer>
                    <answer fraction="50"><text>幺幺九</text></answer>
                  </question>
                  <question type="essay">
                    <questiontext><text>简述动火作业的安全措施。</text></questiontext>
                    <graderinfo format="html"><text>办理作业票</text></graderinfo>
                  </question>
                </quiz>
                """);
        assertTrue(preview.issues().isEmpty(), preview.issues().toString());
        List<QuestionDraft> drafts = preview.drafts();
        assertEquals(5, drafts.size());
        QuestionBody first = drafts.get(0).content().body();
        assertEquals("扑救电气火灾时，应首先 <>", first.stem());
        assertEquals(List.of("用水扑救", "切断电源"), first.options());
        assertEquals(Set.of(1), first.correctOptions());
        assertEquals("先断电", drafts.get(0).content().explanation());
        assertEquals(Set.of("FIRE"), drafts.get(0).content().knowledgePoints());
        assertEquals(2, drafts.get(0).content().difficulty());
        assertEquals(Industry.CHEMICALS, drafts.get(0).industry());
        assertEquals("$course$/默认/消防", drafts.get(4).category());
        assertEquals("进入受限空间前应当 <b>?</b>", drafts.get(1).content().body().stem(), "plain text stays as written");
        assertEquals(Set.of(0, 1), drafts.get(1).content().body().correctOptions());
        assertEquals(false, drafts.get(2).content().body().truth());
        assertEquals(List.of("119"), drafts.get(3).content().body().blanks().get(0).accepted());
        assertEquals(QuestionType.SHORT_ANSWER, drafts.get(4).content().body().type());
        assertEquals("办理作业票", drafts.get(4).content().body().referenceAnswer());
        assertEquals(4, preview.questions().get(0).line(), "the line of the <question> element");
    }

    @Test
    void unsupportedTypesAndBrokenQuestionsAreListedByLine() {
        ImportPreview preview = read("""
                <quiz>
                  <question type="matching"><questiontext><text>配对</text></questiontext></question>
                  <question type="multichoice"><questiontext><text>没有正确答案</text></questiontext>
                    <answer fraction="0"><text>a</text></answer><answer fraction="0"><text>b</text></answer>
                  </question>
                  <question type="truefalse"><questiontext><text>判断</text></questiontext></question>
                </quiz>
                """);
        assertIssue(preview, 2, "bank.import.moodle.unsupported");
        assertIssue(preview, 3, "bank.question.singleAnswer");
        assertIssue(preview, 6, "bank.question.trueFalseAnswer");
        assertFalse(preview.acceptable());
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        ImportPreview preview = read("""
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY xxe SYSTEM "%s">]>
                <quiz><question type="truefalse"><questiontext><text>&xxe;</text></questiontext>
                <answer fraction="100"><text>true</text></answer></question></quiz>
                """.formatted(secret.toUri()));
        assertOnlyIssue(preview, 0, "bank.import.xmlDoctype");
        assertTrue(preview.questions().isEmpty());
        assertFalse(preview.toString().contains("TOP-SECRET"));
    }

    @Test
    void aBillionLaughsDocumentIsRefusedAtOnce() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        dtd.append("]>\n<quiz><question type=\"essay\"><questiontext><text>&lol9;</text></questiontext></question></quiz>");
        assertOnlyIssue(read(dtd.toString()), 0, "bank.import.xmlDoctype");
    }

    @Test
    void malformedXmlNamesTheLine() {
        ImportPreview preview = read("<quiz>\n<question type=\"essay\">\n<questiontext><text>x</questiontext>\n</quiz>");
        assertOnlyIssue(preview, 0, "bank.import.xmlMalformed");
        assertEquals(3, preview.issues().get(0).args().get(0));
        assertOnlyIssue(read("not xml at all"), 0, "bank.import.xmlMalformed");
        assertOnlyIssue(read("<html><body/></html>"), 0, "bank.import.moodle.notQuiz");
    }

    @Test
    void anOversizedFileIsRefusedBeforeParsing() {
        byte[] big = new byte[SafeXml.MAX_BYTES + 1];
        assertOnlyIssue(moodle.read(big, Set.of()), 0, "bank.import.tooLarge");
    }

    @Test
    void exportThenImportKeepsEverythingButCaseAnalysesAndMultiBlankFillIns() {
        List<QuestionDraft> drafts = Drafts.all();
        QuestionExport export = moodle.write(drafts);
        assertEquals(List.of(4, 6), export.skipped());
        ImportPreview back = moodle.read(export.content(), Set.of());
        assertTrue(back.issues().isEmpty(), back.issues().toString());
        assertEquals(Drafts.stickyCategories(List.of(drafts.get(0), drafts.get(1), drafts.get(2), drafts.get(3),
                drafts.get(5))), back.drafts());
    }
}

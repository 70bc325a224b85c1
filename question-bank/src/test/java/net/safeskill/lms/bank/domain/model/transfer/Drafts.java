package net.safeskill.lms.bank.domain.model.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import net.safeskill.lms.bank.domain.model.question.Blank;
import net.safeskill.lms.bank.domain.model.question.QuestionBody;
import net.safeskill.lms.bank.domain.model.question.RevisionContent;
import net.safeskill.lms.bank.domain.model.question.SampleQuestions;
import net.safeskill.lms.shared.domain.model.Industry;

/** Sample drafts for the format tests, with the characters that formats must escape. */
final class Drafts {

    private Drafts() {
    }

    static RevisionContent content(QuestionBody body, int difficulty, String explanation, String... points) {
        return new RevisionContent(body, new TreeSet<>(Set.of(points)), difficulty, explanation, List.of());
    }

    /** One of every type, with metadata, special characters and a multi-line stem. */
    static List<QuestionDraft> all() {
        return List.of(
                new QuestionDraft(Industry.CHEMICALS, "危险化学品安全作业/氯化工艺作业", "$course$/化工/氯化",
                        content(SampleQuestions.single(), 2, "先断电再灭火：{水} 会导电 = 危险 ~ #1", "FIRE", "FIRE.EXT")),
                new QuestionDraft(Industry.NON_COAL_MINES, "金属非金属矿山安全检查作业", "$course$/矿山",
                        content(QuestionBody.multipleChoice("下列属于\"三违\"的有 <哪些>？\n（多选）",
                                List.of("违章指挥", "违章作业", "违反劳动纪律", "按章操作 & 佩戴防护"), Set.of(0, 1, 2)), 4, null,
                                "GAS")),
                new QuestionDraft(Industry.AMMONIA_REFRIGERATION, "制冷与空调作业", null,
                        content(SampleQuestions.trueFalse(), 1, "氨比空气轻", "GAS.NH3")),
                new QuestionDraft(Industry.GENERAL, "通用", null,
                        content(QuestionBody.fillBlank("我国的火警电话是____。", List.of(Blank.of("119", "一一九"))), 3,
                                null)),
                new QuestionDraft(Industry.FIREWORKS, "烟花爆竹储存作业", null,
                        content(SampleQuestions.fillBlank(), 3, null, "FIRE")),
                new QuestionDraft(Industry.METAL_SMELTING, "冶金（有色）生产安全作业", null,
                        content(SampleQuestions.shortAnswer(), 5, "要点：作业票、监护", "FIRE")),
                new QuestionDraft(Industry.CHEMICALS, "危险化学品安全作业/氯化工艺作业", null,
                        content(SampleQuestions.caseAnalysis(), 4, null, "GAS")));
    }

    /**
     * Categories in GIFT and Moodle XML hold for every question that follows until the next one: a question without a
     * category after one with a category comes back with that category.
     */
    static List<QuestionDraft> stickyCategories(List<QuestionDraft> drafts) {
        List<QuestionDraft> result = new java.util.ArrayList<>();
        String category = null;
        for (QuestionDraft d : drafts) {
            category = d.category() == null ? category : d.category();
            result.add(new QuestionDraft(d.industry(), d.operationItem(), category, d.content()));
        }
        return result;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static void assertIssue(ImportPreview preview, int line, String code) {
        assertTrue(preview.issues().stream().anyMatch(i -> i.line() == line && i.code().equals(code)),
                "expected " + code + " at line " + line + " in " + preview.issues());
    }

    static void assertOnlyIssue(ImportPreview preview, int line, String code) {
        assertEquals(1, preview.issues().size(), preview.issues().toString());
        assertIssue(preview, line, code);
    }
}

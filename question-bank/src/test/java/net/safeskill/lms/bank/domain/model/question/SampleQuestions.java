package net.safeskill.lms.bank.domain.model.question;

import java.util.List;
import java.util.Set;

/** Sample bodies of every type, shared by the tests. */
public final class SampleQuestions {

    private SampleQuestions() {
    }

    public static QuestionBody single() {
        return QuestionBody.singleChoice("扑救电气火灾时，应首先（ ）。", List.of("用水扑救", "切断电源", "打开门窗", "离开现场"), 1);
    }

    public static QuestionBody multiple() {
        return QuestionBody.multipleChoice("进入受限空间作业前，应当（ ）。",
                List.of("通风", "检测气体", "办理作业票", "单人进入"), Set.of(0, 1, 2));
    }

    public static QuestionBody trueFalse() {
        return QuestionBody.trueFalse("液氨泄漏时，人员应向上风向撤离。", true);
    }

    public static QuestionBody fillBlank() {
        return QuestionBody.fillBlank("我国的火警电话是____，急救电话是____。", List.of(Blank.of("119"), Blank.of("120")));
    }

    public static QuestionBody shortAnswer() {
        return QuestionBody.shortAnswer("简述动火作业的安全措施。", "办理动火作业票，清除可燃物，设专人监护。");
    }

    public static QuestionBody caseAnalysis() {
        return QuestionBody.caseAnalysis("某化工厂储罐区发生泄漏，值班员未佩戴防护用品即进入现场……",
                List.of(trueFalse(), single(), shortAnswer()));
    }

    public static List<QuestionBody> all() {
        return List.of(single(), multiple(), trueFalse(), fillBlank(), shortAnswer(), caseAnalysis());
    }

    public static RevisionContent content(QuestionBody body) {
        return RevisionContent.of(body, Set.of("FIRE"), 3);
    }
}

package net.safeskill.lms.bank.domain.model.transfer;

import java.text.Normalizer;

/**
 * The columns of the platform's Excel template (Excel 导入模板, E2), in template order, with their Chinese headers and
 * the explanation shown on the template's second sheet. Columns are found by header, in any order.
 */
enum ExcelColumn {
    TYPE("题型", true, "单选题、多选题、判断题、填空题、简答题（案例分析题请在系统中录入）", "单选题"),
    STEM("题干", true, "题目内容，最多 4000 字", "扑救电气火灾时，应首先（ ）。"),
    OPTION_A("选项A", false, "单选题、多选题的选项，2 至 8 个，从选项A起连续填写", "用水扑救"),
    OPTION_B("选项B", false, "", "切断电源"),
    OPTION_C("选项C", false, "", "打开门窗"),
    OPTION_D("选项D", false, "", "离开现场"),
    OPTION_E("选项E", false, "", ""),
    OPTION_F("选项F", false, "", ""),
    OPTION_G("选项G", false, "", ""),
    OPTION_H("选项H", false, "", ""),
    ANSWER("答案", true, "单选题填一个字母，如 B；多选题填多个字母，如 ACD；判断题填 正确 或 错误；"
            + "填空题各空之间用中文分号“；”分隔，同一空的多个答案用“|”分隔，如 119|幺幺九；120；简答题填参考答案（可空）", "B"),
    DIFFICULTY("难度", false, "1（易）至 5（难）的整数，不填按 3", "2"),
    KNOWLEDGE_POINTS("知识点", false, "知识点编码，多个用逗号分隔，如 FIRE,FIRE.EXT", "FIRE.EXT"),
    INDUSTRY("行业", false, "化工（危险化学品）、非煤矿山、金属冶炼、烟花爆竹、粉尘涉爆、涉氨制冷、通用；不填按导入时所选行业",
            "化工（危险化学品）"),
    OPERATION_ITEM("操作项目", false, "作业类别/操作项目，不填按导入时所选项目", "危险化学品安全作业/氯化工艺作业"),
    EXPLANATION("解析", false, "答案解析，最多 2000 字", "电气火灾应先切断电源，防止触电。");

    static final ExcelColumn[] OPTIONS = {OPTION_A, OPTION_B, OPTION_C, OPTION_D, OPTION_E, OPTION_F, OPTION_G,
            OPTION_H};

    final String header;
    final boolean required;
    final String help;
    final String example;

    ExcelColumn(String header, boolean required, String help, String example) {
        this.header = header;
        this.required = required;
        this.help = help;
        this.example = example;
    }

    static ExcelColumn byHeader(String text) {
        String clean = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "").replace("*", "");
        for (ExcelColumn c : values()) {
            if (c.header.equalsIgnoreCase(clean)) {
                return c;
            }
        }
        return null;
    }
}

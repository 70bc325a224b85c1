package net.safeskill.lms.bank.domain.model.transfer;

import java.util.Objects;

import net.safeskill.lms.bank.domain.model.question.RevisionContent;
import net.safeskill.lms.shared.domain.model.Industry;

/**
 * One question as an exchange file carries it (导入导出的题目, E2): its revision content, and the attributes only some
 * formats carry — industry and operation item ({@code null} when the file does not say; the import service then
 * applies the values chosen for the upload) and the category of GIFT and Moodle XML.
 *
 * @param industry      the industry, or {@code null}
 * @param operationItem the operation item (作业类别/操作项目), or {@code null}
 * @param category      the category path of GIFT and Moodle XML, or {@code null}
 * @param content       the revision content
 */
public record QuestionDraft(Industry industry, String operationItem, String category, RevisionContent content) {

    /** The difficulty given to questions from formats that do not carry one. */
    public static final int DEFAULT_DIFFICULTY = 3;

    public QuestionDraft {
        Objects.requireNonNull(content, "content");
        operationItem = blankToNull(operationItem);
        category = blankToNull(category);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

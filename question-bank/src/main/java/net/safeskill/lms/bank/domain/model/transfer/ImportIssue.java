package net.safeskill.lms.bank.domain.model.transfer;

import java.util.Arrays;
import java.util.List;

/**
 * One problem found while reading an import file (导入校验错误, E2): where (line or row as the user sees it, 0 for
 * the file as a whole; the column or field, {@code null} when it is the whole line), and why, as a message code
 * resolved like domain errors ({@code error.<code>}) with its arguments.
 *
 * @param line  the 1-based line (GIFT, Aiken, Moodle XML) or row (Excel); 0 for the whole file
 * @param field the column header or field name, or {@code null}
 * @param code  the message code, e.g. {@code bank.import.gift.unclosed}
 * @param args  the message arguments
 */
public record ImportIssue(int line, String field, String code, List<Object> args) {

    public ImportIssue {
        args = List.copyOf(args);
    }

    public static ImportIssue of(int line, String field, String code, Object... args) {
        return new ImportIssue(line, field, code, Arrays.asList(args));
    }

    @Override
    public String toString() {
        return line + (field == null ? "" : "/" + field) + ": " + code + args;
    }
}

package net.safeskill.lms.bank.domain.model.transfer;

import java.util.List;

/**
 * An export file (导出结果, E2) and the questions it could not carry: e.g. GIFT has no case analysis, Aiken only
 * single choice. The page tells the user which ones were left out.
 *
 * @param content the file
 * @param skipped the 0-based indexes of the questions left out
 */
public record QuestionExport(byte[] content, List<Integer> skipped) {

    public QuestionExport {
        content = content.clone();
        skipped = List.copyOf(skipped);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}

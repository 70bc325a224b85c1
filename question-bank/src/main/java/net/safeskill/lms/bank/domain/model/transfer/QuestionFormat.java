package net.safeskill.lms.bank.domain.model.transfer;

import java.util.List;
import java.util.Set;

/**
 * An exchange format of the bank (题目交换格式, E2): Excel template, Moodle XML, GIFT, Aiken. Reading never throws for
 * bad input — every problem, down to a file that is not of the format at all, ends up in the preview.
 */
public interface QuestionFormat {

    /**
     * Reads an uploaded file, all of it or nothing: the preview lists the questions, the problems and the duplicates.
     *
     * @param input          the uploaded bytes (untrusted)
     * @param existingStems  the normalised stems already in the bank
     */
    ImportPreview read(byte[] input, Set<String> existingStems);

    /** Writes the questions the format can carry; the others are listed as skipped. */
    QuestionExport write(List<QuestionDraft> questions);
}

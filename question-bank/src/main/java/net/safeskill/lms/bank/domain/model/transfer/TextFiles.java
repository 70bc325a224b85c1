package net.safeskill.lms.bank.domain.model.transfer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decoding of the text formats (GIFT, Aiken): UTF-8 with or without a byte-order mark, or — when the bytes are not
 * valid UTF-8, as with files saved by Chinese Windows editors — GB18030 (a superset of GBK). Lines are split on any
 * line ending. The size limit is checked before anything is decoded.
 */
final class TextFiles {

    /** Text imports larger than this are refused: 5 MB is tens of thousands of questions. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private TextFiles() {
    }

    /** @return the lines, or {@code null} when the input is too large */
    static List<String> lines(byte[] input) {
        if (input.length > MAX_BYTES) {
            return null;
        }
        return decode(input).lines().toList();
    }

    static String decode(byte[] input) {
        int start = input.length >= 3 && (input[0] & 0xff) == 0xef && (input[1] & 0xff) == 0xbb
                && (input[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(input, start, input.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(input, start, input.length - start, Charset.forName("GB18030"));
        }
    }

    static ImportPreview tooLarge() {
        return ImportPreview.refused("bank.import.tooLarge", MAX_BYTES / (1024 * 1024));
    }
}

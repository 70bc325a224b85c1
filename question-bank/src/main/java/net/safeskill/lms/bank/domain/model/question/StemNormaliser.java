package net.safeskill.lms.bank.domain.model.question;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalised form of a stem (题干归一化) used to find duplicates (E2): full-width characters become half-width
 * (Unicode NFKC, so {@code ＡＢＣ１２３} is {@code abc123}), letters are lower case, and whitespace and punctuation —
 * Chinese and Latin, including the underscores and brackets that mark blanks — are dropped. Two stems with the same
 * normalised form count as the same question.
 */
public final class StemNormaliser {

    private StemNormaliser() {
    }

    public static String normalise(String stem) {
        if (stem == null) {
            return "";
        }
        String folded = Normalizer.normalize(stem, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !isPunctuation(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isPunctuation(int c) {
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}

package net.safeskill.lms.catalogue.infrastructure.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a user typed into the search box, taken as plain words (检索词): never parsed as query syntax, so quotes,
 * {@code *}, {@code AND OR}, SQL or emoji are only characters. Letters and digits (any script) make words; everything
 * else separates them. Full-width forms are folded (NFKC) and Latin letters lower-cased. The text is cut to
 * {@value #MAX_CHARS} characters, {@value #MAX_WORDS} words of at most {@value #MAX_WORD} characters each.
 *
 * <p>A few official abbreviations count as the full term and back ({@link #forms}): 危化品 is how regulations and
 * workers write 危险化学品, and GB 30871 says 受限空间 where the 工贸 rules say 有限空间 for the same confined spaces.
 * Character n-grams cannot bridge those (危化品 shares no pair of characters with 危险化学品).
 */
public final class QueryText {

    public static final int MAX_CHARS = 200;
    public static final int MAX_WORDS = 8;
    public static final int MAX_WORD = 20;

    private static final Map<String, List<String>> ABBREVIATIONS = Map.of(
            "危化品", List.of("危险化学品"),
            "危险化学品", List.of("危化品"),
            "受限空间", List.of("有限空间"),
            "有限空间", List.of("受限空间"));

    private QueryText() {
    }

    /** The distinct words of the text, in order; empty for a blank or word-less text. */
    public static List<String> words(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        String text = raw.length() > MAX_CHARS * 2 ? raw.substring(0, MAX_CHARS * 2) : raw;
        text = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (text.codePointCount(0, text.length()) > MAX_CHARS) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_CHARS));
        }
        Set<String> words = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i <= cps.length && words.size() < MAX_WORDS; i++) {
            boolean part = i < cps.length && Character.isLetterOrDigit(cps[i]);
            if (part) {
                if (word.codePointCount(0, word.length()) < MAX_WORD) {
                    word.appendCodePoint(cps[i]);
                }
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return List.copyOf(words);
    }

    /** The word and the terms it stands for (abbreviation and full form). */
    public static List<String> forms(String word) {
        List<String> forms = new ArrayList<>();
        forms.add(word);
        forms.addAll(ABBREVIATIONS.getOrDefault(word, List.of()));
        return forms;
    }
}

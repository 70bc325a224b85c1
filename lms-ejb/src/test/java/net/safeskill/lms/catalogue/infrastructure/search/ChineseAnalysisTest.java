package net.safeskill.lms.catalogue.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The analysis chains the catalogue relies on, built here from the same Lucene components the configurer names:
 * smartcn splits words; the n-gram index side keeps unigrams and bigrams at the positions that make a phrase of a
 * word's bigrams an exact substring match.
 */
class ChineseAnalysisTest {

    private static Analyzer cjk(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream s = new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(source)),
                        CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                                | CJKBigramFilter.HANGUL, unigrams);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    /** term@position */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(term + "@" + pos);
            }
            ts.end();
        }
        return out;
    }

    @Test
    void smartcnSegmentsWordsSoPartsOfLongWordsAreLost() throws IOException {
        List<String> words = tokens(CatalogueAnalysisConfigurer.chinese(), "危险化学品动火作业").stream()
                .map(t -> t.substring(0, t.indexOf('@'))).toList();
        assertTrue(words.contains("动火") && words.contains("作业"), words.toString());
        assertFalse(words.contains("化学") && words.contains("危险化学品"), "a word is one token or its parts");
        assertTrue(new CatalogueSearcher().segments("动火作业").containsAll(List.of("动火", "作业")));
    }

    @Test
    void theIndexSideHasUnigramsAndBigramsTheQuerySideBigrams() throws IOException {
        assertEquals(List.of("动@0", "动火@0", "火@1", "火作@1", "作@2", "作业@2", "业@3"), tokens(cjk(true), "动火作业"));
        assertEquals(List.of("动火@0", "火作@1", "作业@2"), tokens(cjk(false), "动火作业"));
        assertEquals(List.of("氨@0"), tokens(cjk(false), "氨"), "a lone character stays a unigram");
        assertEquals(List.of("gb30871@0", "动火@1"), tokens(cjk(false), "ＧＢ30871动火"));
    }

    @Test
    void charactersAcrossASpaceAreNotAPair() throws IOException {
        assertFalse(tokens(cjk(true), "动火 作业").stream().anyMatch(t -> t.startsWith("火作")),
                "so 动火作业 does not match 动火 作业, as LIKE '%动火作业%' does not");
    }
}

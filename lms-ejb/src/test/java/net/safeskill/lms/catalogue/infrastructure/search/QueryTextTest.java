package net.safeskill.lms.catalogue.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void wordsAreSeparatedByAnythingButLettersAndDigits() {
        assertEquals(List.of("危化品", "动火作业"), QueryText.words("  危化品 动火作业 "));
        assertEquals(List.of("粉尘", "防爆"), QueryText.words("粉尘，防爆！"));
        assertEquals(List.of("gb30871", "动火"), QueryText.words("ＧＢ30871—动火"), "full width folded, lower case");
        assertEquals(List.of("动火"), QueryText.words("动火 动火"), "distinct");
    }

    @Test
    void querySyntaxIsOnlyCharacters() {
        assertEquals(List.of("动火"), QueryText.words("\"动火"));
        assertEquals(List.of(), QueryText.words("*"));
        assertEquals(List.of(), QueryText.words("+-&&||!(){}[]^\"~*?:\\/"));
        assertEquals(List.of("and", "or"), QueryText.words("AND OR"));
        assertEquals(List.of("or", "1", "drop", "table", "course"), QueryText.words("' OR 1=1; DROP TABLE course; --"));
        assertEquals(List.of("title", "动火", "2", "3"), QueryText.words("title:动火~2^3"));
        assertEquals(List.of(), QueryText.words("🔥💥🧯"));
        assertEquals(List.of(), QueryText.words(null));
        assertEquals(List.of(), QueryText.words("   "));
    }

    @Test
    void longTextsAreCut() {
        List<String> one = QueryText.words("动".repeat(2000));
        assertEquals(List.of("动".repeat(QueryText.MAX_WORD)), one);
        List<String> many = QueryText.words("甲 乙 丙 丁 戊 己 庚 辛 壬 癸");
        assertEquals(QueryText.MAX_WORDS, many.size());
        String huge = "液氨 ".repeat(10_000);
        assertEquals(List.of("液氨"), QueryText.words(huge));
    }

    @Test
    void officialAbbreviationsStandForTheFullTerm() {
        assertEquals(List.of("危化品", "危险化学品"), QueryText.forms("危化品"));
        assertEquals(List.of("危险化学品", "危化品"), QueryText.forms("危险化学品"));
        assertEquals(List.of("受限空间", "有限空间"), QueryText.forms("受限空间"));
        assertEquals(List.of("动火"), QueryText.forms("动火"));
        assertTrue(QueryText.forms("危化").size() == 1, "a part of the abbreviation is only itself");
    }
}

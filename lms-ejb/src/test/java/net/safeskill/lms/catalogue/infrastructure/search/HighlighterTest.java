package net.safeskill.lms.catalogue.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class HighlighterTest {

    @Test
    void everyOccurrenceIsMarkedAndAdjacentOnesMerge() {
        assertEquals("<mark>动火作业</mark>票与<mark>动火</mark>审批",
                Highlighter.mark("动火作业票与动火审批", List.of("动火", "作业")));
        assertEquals("危险<mark>化学</mark>品", Highlighter.mark("危险化学品", List.of("化学")));
        assertEquals("粉尘防爆", Highlighter.mark("粉尘防爆", List.of("液氨")));
        assertEquals("<mark>LNG</mark>储罐", Highlighter.mark("LNG储罐", List.of("lng")), "Latin case ignored");
    }

    @Test
    void userTextIsAlwaysEscaped() {
        String html = Highlighter.mark("<script>alert('动火')</script> & \"x\"", List.of("动火", "script"));
        assertFalse(html.contains("<script>"), html);
        assertEquals("&lt;<mark>script</mark>&gt;alert(&#39;<mark>动火</mark>&#39;)&lt;/<mark>script</mark>&gt; &amp; "
                + "&quot;x&quot;", html);
        assertEquals("&lt;mark&gt;", Highlighter.mark("<mark>", List.of()), "no way to smuggle a tag");
        assertEquals("a&lt;b", Highlighter.mark("a<b", List.of("<")).replace("<mark>", "").replace("</mark>", ""));
        assertEquals("", Highlighter.mark(null, List.of("x")));
    }

    @Test
    void aSnippetShowsTheTextAroundTheFirstMatch() {
        String text = "前言".repeat(60) + "受限空间作业必须先通风再检测后作业" + "结尾".repeat(60);
        String snippet = Highlighter.snippet(text, List.of("受限空间"), 40);
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
        assertTrue(snippet.contains("<mark>受限空间</mark>"), snippet);
        String plain = snippet.replace("<mark>", "").replace("</mark>", "").replace("…", "");
        assertEquals(40, plain.length());
        assertEquals("短文本", Highlighter.snippet("短文本", List.of("无"), 40));
        String noMatch = Highlighter.snippet("甲".repeat(100), List.of("乙"), 10);
        assertEquals("甲".repeat(10) + "…", noMatch, "from the start when nothing matches");
    }

    @Test
    void aSnippetNeverSplitsASurrogatePair() {
        String text = "𠀀".repeat(50);
        String snippet = Highlighter.snippet(text, List.of("𠀀"), 9);
        String plain = snippet.replace("<mark>", "").replace("</mark>", "").replace("…", "");
        assertEquals(plain.codePointCount(0, plain.length()) * 2, plain.length(), plain);
    }
}

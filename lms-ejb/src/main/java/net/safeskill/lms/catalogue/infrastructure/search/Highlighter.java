package net.safeskill.lms.catalogue.infrastructure.search;

import java.util.Collection;

/**
 * Marks the matched words of a text as HTML (命中词高亮): every occurrence of a term is wrapped in {@code <mark>},
 * and every character of the text is HTML-escaped, so a title like {@code <script>} stays text. Terms are compared
 * ignoring the case of Latin letters. The output is the only HTML the catalogue page prints unescaped.
 */
public final class Highlighter {

    private static final String ELLIPSIS = "…";

    private Highlighter() {
    }

    /** The whole text, escaped, with the terms marked. */
    public static String mark(String text, Collection<String> terms) {
        if (text == null) {
            return "";
        }
        return render(text, marks(text, terms), 0, text.length());
    }

    /**
     * At most {@code maxChars} characters of the text around its first match (from the start when nothing matches),
     * escaped, with the terms marked and "…" where text was left out.
     */
    public static String snippet(String text, Collection<String> terms, int maxChars) {
        if (text == null) {
            return "";
        }
        boolean[] marked = marks(text, terms);
        if (text.length() <= maxChars) {
            return render(text, marked, 0, text.length());
        }
        int first = 0;
        while (first < marked.length && !marked[first]) {
            first++;
        }
        int start = first == marked.length ? 0 : Math.max(0, first - maxChars / 4);
        start = Math.min(start, text.length() - maxChars);
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        int end = Math.min(text.length(), start + maxChars);
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return (start > 0 ? ELLIPSIS : "") + render(text, marked, start, end)
                + (end < text.length() ? ELLIPSIS : "");
    }

    static boolean[] marks(String text, Collection<String> terms) {
        boolean[] marked = new boolean[text.length()];
        if (terms == null) {
            return marked;
        }
        String folded = fold(text);
        for (String term : terms) {
            if (term == null || term.isEmpty()) {
                continue;
            }
            String t = fold(term);
            for (int at = folded.indexOf(t); at >= 0; at = folded.indexOf(t, at + 1)) {
                for (int i = at; i < at + t.length(); i++) {
                    marked[i] = true;
                }
            }
        }
        return marked;
    }

    /** Lower-cases char by char, so that positions stay those of the original text. */
    private static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static String render(String text, boolean[] marked, int from, int to) {
        StringBuilder html = new StringBuilder((to - from) + 32);
        boolean open = false;
        for (int i = from; i < to; i++) {
            if (marked[i] && !open) {
                html.append("<mark>");
                open = true;
            } else if (!marked[i] && open) {
                html.append("</mark>");
                open = false;
            }
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }
}

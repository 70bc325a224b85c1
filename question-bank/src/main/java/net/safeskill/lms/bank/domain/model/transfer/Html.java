package net.safeskill.lms.bank.domain.model.transfer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces the simple HTML that Moodle and GIFT files carry in question text to plain text (E2): line breaks and
 * paragraph ends become new lines, other tags go, the common entities are decoded. The bank stores plain text only.
 */
final class Html {

    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p\\s*>|</div\\s*>|</li\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private Html() {
    }

    static String toText(String html) {
        String text = TAG.matcher(BREAK.matcher(html).replaceAll("\n")).replaceAll("");
        text = NUMERIC.matcher(text).replaceAll(m -> {
            try {
                int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
                return Matcher.quoteReplacement(new String(Character.toChars(code)));
            } catch (IllegalArgumentException e) {
                return "";
            }
        });
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&").replaceAll("[ \\t]*\n[ \\t]*", "\n")
                .strip();
    }
}

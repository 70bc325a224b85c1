package net.safeskill.lms.catalogue.domain.model.scorm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Launch URL arithmetic of SCORM content packaging (启动地址计算): applying {@code xml:base},
 * decoding percent escapes and appending item parameters as the SCORM CAM prescribes.
 */
final class LaunchPaths {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    private static final Pattern ABSOLUTE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*|^/.*", Pattern.DOTALL);

    private LaunchPaths() {
    }

    /**
     * Applies one more {@code xml:base} to an accumulated base. Bases are directories; a missing
     * trailing slash, a mistake authoring tools make, is added.
     */
    static String joinBase(String base, String next) {
        if (next == null || next.isBlank()) {
            return base;
        }
        String directory = next.strip().replace('\\', '/');
        if (!directory.endsWith("/")) {
            directory = directory + "/";
        }
        return ABSOLUTE.matcher(directory).matches() ? directory : base + directory;
    }

    /**
     * Resolves a resource {@code href} against a base.
     *
     * @return two strings: the decoded, normalised path relative to the package root (an absolute
     *         path keeps its leading {@code /}, an external URL is returned as written), and the query
     *         and/or fragment of the href ({@code ""} if none)
     */
    static String[] resolve(String base, String href) {
        String raw = href.strip().replace('\\', '/');
        int cut = indexOfAny(raw, '?', '#');
        String path = cut < 0 ? raw : raw.substring(0, cut);
        String suffix = cut < 0 ? "" : raw.substring(cut);
        String joined = ABSOLUTE.matcher(path).matches() ? path : base + path;
        if (SCHEME.matcher(joined).matches()) {
            return new String[] {joined, suffix}; // an external URL: left alone, it is never a file of the package
        }
        String decoded = normalise(percentDecode(joined));
        return new String[] {joined.startsWith("/") ? "/" + decoded : decoded, suffix};
    }

    /**
     * Appends the {@code parameters} of an item to the query/fragment suffix of its resource href,
     * following SCORM CAM: leading {@code ?} and {@code &} are dropped; a fragment is ignored if the
     * href already has one; otherwise the parameters join the query with {@code &}, or start it with
     * {@code ?}. The result keeps the query before the fragment.
     */
    static String appendParameters(String suffix, String parameters) {
        if (parameters == null || parameters.isBlank()) {
            return suffix;
        }
        String p = parameters.strip();
        while (p.startsWith("?") || p.startsWith("&")) {
            p = p.substring(1);
        }
        if (p.isEmpty()) {
            return suffix;
        }
        int hash = suffix.indexOf('#');
        String query = hash < 0 ? suffix : suffix.substring(0, hash);
        String fragment = hash < 0 ? "" : suffix.substring(hash);
        if (p.startsWith("#")) {
            return fragment.isEmpty() ? query + p : suffix;
        }
        if (query.isEmpty() || query.equals("?")) {
            query = "?" + p;
        } else {
            query = query + (query.endsWith("&") ? "" : "&") + p;
        }
        return query + fragment;
    }

    /** Decodes {@code %XX} escapes as UTF-8; a {@code +} stays a plus and broken escapes stay as written. */
    static String percentDecode(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            boolean escape = c == '%' && i + 2 < value.length()
                    && hex(value.charAt(i + 1)) >= 0 && hex(value.charAt(i + 2)) >= 0;
            if (escape) {
                bytes.write(hex(value.charAt(i + 1)) << 4 | hex(value.charAt(i + 2)));
                i += 3;
            } else {
                int cp = value.codePointAt(i);
                byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Removes {@code .} segments, empty segments and resolves {@code ..} against the previous segment.
     * A {@code ..} that would climb above the root is kept, so such a path never matches a file of
     * the package.
     */
    static String normalise(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") && !segments.isEmpty() && !segments.peekLast().equals("..")) {
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}

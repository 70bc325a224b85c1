package net.safeskill.lms.web.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of an HTTP {@code Range} header (RFC 9110 §14.1.2) resolved against a file's length: {@code
 * bytes=a-b}, {@code bytes=a-} or the suffix form {@code bytes=-n}. A header asking for several ranges is answered
 * with the whole file (allowed by the RFC), which is what players never ask for anyway.
 *
 * @param start first byte, inclusive
 * @param end   last byte, inclusive
 */
public record ByteRange(long start, long end) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,19})-(\\d{0,19})");

    /** The outcome of reading a Range header. */
    public sealed interface Parsed permits Whole, Partial, Unsatisfiable {
    }

    /** No (usable) range: send the whole file with 200. */
    public record Whole() implements Parsed {
    }

    /** Send this part with 206. */
    public record Partial(ByteRange range) implements Parsed {
    }

    /** The range lies outside the file: 416 with {@code Content-Range: bytes *}/length. */
    public record Unsatisfiable() implements Parsed {
    }

    public long length() {
        return end - start + 1;
    }

    public static Parsed parse(String header, long fileLength) {
        if (header == null) {
            return new Whole();
        }
        Matcher m = SINGLE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return new Whole();
        }
        Optional<Long> first = number(m.group(1));
        Optional<Long> last = number(m.group(2));
        if (first.isEmpty()) {
            long suffix = last.orElse(0L);
            if (suffix == 0 || fileLength == 0) {
                return new Unsatisfiable();
            }
            return new Partial(new ByteRange(Math.max(0, fileLength - suffix), fileLength - 1));
        }
        long start = first.get();
        if (start >= fileLength) {
            return new Unsatisfiable();
        }
        long end = last.map(l -> Math.min(l, fileLength - 1)).orElse(fileLength - 1);
        if (end < start) {
            return new Whole();
        }
        return new Partial(new ByteRange(start, end));
    }

    private static Optional<Long> number(String digits) {
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(digits));
        } catch (NumberFormatException tooLong) {
            return Optional.of(Long.MAX_VALUE);
        }
    }
}

package net.safeskill.lms.web.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a stored file the way every media servlet does: one HTTP byte range ({@link ByteRange}: 206 with
 * {@code Content-Range}, 416 outside the file), ETag / If-None-Match / If-Range, a private cache, {@code nosniff}.
 */
public final class MediaResponses {

    private static final int BUFFER = 64 * 1024;

    private MediaResponses() {
    }

    /**
     * Shown in the page under the uploader's file name; a PDF gets a policy of its own, because the page policy
     * ({@code object-src 'none'}) would keep the browser's PDF viewer out of the document's frame.
     */
    public static void inline(HttpServletResponse resp, String fileName, String mediaType) {
        resp.setHeader("Content-Disposition", "inline; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        if ("application/pdf".equals(mediaType)) {
            resp.setHeader("Content-Security-Policy", "default-src 'none'; object-src 'self'; "
                    + "style-src 'unsafe-inline'; frame-ancestors 'self'");
        }
    }

    public static void send(HttpServletRequest req, HttpServletResponse resp, Path file, String type, String etag,
                             boolean body) throws IOException {
        long length = Files.size(file);
        resp.setHeader("Accept-Ranges", "bytes");
        resp.setHeader("Cache-Control", "private, max-age=600");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentType(type);
        String tag = etag == null ? null : "\"" + etag + "-" + length + "\"";
        if (tag != null) {
            resp.setHeader("ETag", tag);
            if (tag.equals(req.getHeader("If-None-Match"))) {
                resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        String rangeHeader = req.getHeader("Range");
        String ifRange = req.getHeader("If-Range");
        if (ifRange != null && !ifRange.equals(tag)) {
            rangeHeader = null;
        }
        ByteRange.Parsed parsed = ByteRange.parse(rangeHeader, length);
        long start = 0;
        long count = length;
        if (parsed instanceof ByteRange.Unsatisfiable) {
            resp.setHeader("Content-Range", "bytes */" + length);
            resp.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        if (parsed instanceof ByteRange.Partial partial) {
            start = partial.range().start();
            count = partial.range().length();
            resp.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            resp.setHeader("Content-Range", "bytes " + start + "-" + partial.range().end() + "/" + length);
        }
        resp.setContentLengthLong(count);
        if (!body) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             InputStream in = Channels.newInputStream(channel.position(start))) {
            OutputStream out = resp.getOutputStream();
            byte[] buffer = new byte[BUFFER];
            long left = count;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        } catch (IOException clientGone) {
            // the player closed the connection (a seek, or the page was left): nothing to do
        }
    }
}

package net.safeskill.lms.web.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import net.safeskill.lms.catalogue.application.LibraryService;
import net.safeskill.lms.catalogue.application.LibraryViews;
import net.safeskill.lms.shared.domain.DomainException;

/**
 * Streams a library resource's file: {@code GET /media/library/<publicId>}. Published resources for every signed-in
 * user, drafts only for their owner (decided by {@link LibraryService#file}). One byte range per request is honoured
 * ({@code 206} with {@code Content-Range}; {@code 416} when it lies outside the file) so videos can be sought; the
 * content type is the one the upload inspection found, never the uploader's, and browsers are told not to sniff.
 */
@WebServlet("/media/library/*")
public class LibraryMediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int BUFFER = 64 * 1024;

    @Inject
    private LibraryService library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        LibraryViews.MediaFile file;
        try {
            file = library.file(id);
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        long size = java.nio.file.Files.size(file.path());
        response.setHeader("X-Content-Type-Options", "nosniff");
        // the page CSP (object-src 'none') would keep the browser's PDF viewer out of the file's own frame
        response.setHeader("Content-Security-Policy", "default-src 'none'; object-src 'self'; "
                + "style-src 'unsafe-inline'; frame-ancestors 'self'");
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("Content-Disposition", "inline; filename*=UTF-8''"
                + URLEncoder.encode(file.originalName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentType(file.mediaType());

        ByteRange range = ByteRange.parse(request.getHeader("Range"), size);
        if (range == ByteRange.UNSATISFIABLE) {
            response.setHeader("Content-Range", "bytes */" + size);
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        long start = 0;
        long length = size;
        if (range != null) {
            start = range.start();
            length = range.end() - range.start() + 1;
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", "bytes " + range.start() + "-" + range.end() + "/" + size);
        }
        response.setContentLengthLong(length);
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ);
             InputStream in = Channels.newInputStream(channel.position(start));
             OutputStream out = response.getOutputStream()) {
            byte[] buffer = new byte[BUFFER];
            long left = length;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                left -= read;
            }
        }
    }

    /**
     * One satisfiable byte range of a file, inclusive. {@link #parse} returns {@code null} when the request asks for
     * the whole file (no header, a malformed one, several ranges: all may be answered with the whole file, RFC 9110
     * §14.2) and {@link #UNSATISFIABLE} when the single range starts beyond the end.
     */
    record ByteRange(long start, long end) {

        static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

        static ByteRange parse(String header, long size) {
            if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
                return null;
            }
            String spec = header.substring(6).strip();
            int dash = spec.indexOf('-');
            if (dash < 0) {
                return null;
            }
            try {
                String first = spec.substring(0, dash).strip();
                String last = spec.substring(dash + 1).strip();
                if (first.isEmpty()) {
                    if (last.isEmpty()) {
                        return null;
                    }
                    long suffix = Long.parseLong(last);
                    if (suffix <= 0 || size == 0) {
                        return UNSATISFIABLE;
                    }
                    return new ByteRange(Math.max(0, size - suffix), size - 1);
                }
                long start = Long.parseLong(first);
                long end = last.isEmpty() ? Long.MAX_VALUE : Long.parseLong(last);
                if (start < 0 || end < start) {
                    return null;
                }
                if (start >= size) {
                    return UNSATISFIABLE;
                }
                return new ByteRange(start, Math.min(end, size - 1));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}

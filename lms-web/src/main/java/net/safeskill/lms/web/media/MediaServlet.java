package net.safeskill.lms.web.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import net.safeskill.lms.catalogue.domain.model.scorm.ScormPackageReader;
import net.safeskill.lms.catalogue.infrastructure.storage.MediaStore;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.study.application.CourseAccessService;
import net.safeskill.lms.study.application.StudyViews;

/**
 * Streams stored course media to those who may see them (web.xml: signed-in users; {@link CourseAccessService}: the
 * course's learners, its institution, the reviewers):
 * <ul>
 *   <li>{@code /media/lesson/<lesson id>} — a video or PDF, with HTTP range requests so that a video can be sought;</li>
 *   <li>{@code /media/cover/<course id>} — a course's cover image;</li>
 *   <li>{@code /media/scorm/<lesson id>/<path>} — a file of an extracted SCORM package, never outside it.</li>
 * </ul>
 * Anything the caller may not see, or that does not exist, is 404. Types come from the inspected upload (or, inside a
 * SCORM package, from the extension), with {@code nosniff}.
 */
@WebServlet(urlPatterns = "/media/*", asyncSupported = false)
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> SCORM_TYPES = Map.ofEntries(
            Map.entry("html", "text/html"), Map.entry("htm", "text/html"), Map.entry("js", "text/javascript"),
            Map.entry("mjs", "text/javascript"), Map.entry("css", "text/css"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("xsd", "application/xml"), Map.entry("txt", "text/plain"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("svg", "image/svg+xml"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("wav", "audio/wav"), Map.entry("ogg", "audio/ogg"),
            Map.entry("pdf", "application/pdf"), Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"), Map.entry("otf", "font/otf"), Map.entry("vtt", "text/vtt"));

    @Inject
    private CourseAccessService access;

    @Inject
    private MediaStore store;

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req, resp, false);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req, resp, true);
    }

    private void serve(HttpServletRequest req, HttpServletResponse resp, boolean body) throws IOException {
        String path = Optional.ofNullable(req.getPathInfo()).orElse("");
        String[] parts = path.split("/", 4);
        try {
            if (parts.length == 3 && "lesson".equals(parts[1])) {
                StudyViews.MediaRef media = access.lessonMedia(parts[2]);
                Optional<Path> file = store.file(media.storageKey());
                if (file.isEmpty() || "SCORM".equals(media.kind())) {
                    resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                MediaResponses.inline(resp, media.fileName(), media.mediaType());
                MediaResponses.send(req, resp, file.get(), media.mediaType(), media.storageKey(), body);
            } else if (parts.length == 3 && "cover".equals(parts[1])) {
                Optional<Path> file = access.cover(parts[2]).flatMap(m -> store.file(m.storageKey()));
                if (file.isEmpty()) {
                    resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                MediaResponses.send(req, resp, file.get(), imageType(file.get()), file.get().getFileName().toString(), body);
            } else if (parts.length == 4 && "scorm".equals(parts[1])) {
                StudyViews.MediaRef media = access.lessonMedia(parts[2]);
                Optional<Path> file = "SCORM".equals(media.kind())
                        ? ScormPackageReader.resolveServedPath(store.folder(media.storageKey()), parts[3])
                        : Optional.empty();
                if (file.isEmpty()) {
                    resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                MediaResponses.send(req, resp, file.get(), scormType(parts[3]), null, body);
            } else {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (DomainException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static String scormType(String relativePath) {
        int dot = relativePath.lastIndexOf('.');
        String ext = dot < 0 ? "" : relativePath.substring(dot + 1).toLowerCase(Locale.ROOT);
        // no charset: a package's pages say their own (<meta charset>), and older Chinese packages are often GBK
        return SCORM_TYPES.getOrDefault(ext, "application/octet-stream");
    }

    /** A cover was inspected as JPEG, PNG or WebP on upload; its type is read back from the first bytes. */
    private static String imageType(Path file) throws IOException {
        byte[] head = new byte[12];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8) {
                return "image/jpeg";
            }
            if (n >= 4 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
                return "image/png";
            }
            if (n >= 12 && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
                return "image/webp";
            }
        }
        return "application/octet-stream";
    }
}

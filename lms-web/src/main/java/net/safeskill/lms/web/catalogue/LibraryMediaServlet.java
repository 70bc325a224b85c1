package net.safeskill.lms.web.catalogue;

import java.io.IOException;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import net.safeskill.lms.catalogue.application.LibraryService;
import net.safeskill.lms.catalogue.application.LibraryViews;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.web.media.MediaResponses;

/**
 * Streams a library resource's file: {@code GET /media/library/<publicId>}. Published resources for every signed-in
 * user, drafts only for their owner (decided by {@link LibraryService#file}). One byte range per request is honoured
 * ({@code 206} with {@code Content-Range}; {@code 416} when it lies outside the file) so videos can be sought; the
 * content type is the one the upload inspection found, never the uploader's, and browsers are told not to sniff.
 */
@WebServlet("/media/library/*")
public class LibraryMediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

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
        MediaResponses.inline(response, file.originalName(), file.mediaType());
        MediaResponses.send(request, response, file.path(), file.mediaType(), null,
                !"HEAD".equals(request.getMethod()));
    }
}

package net.safeskill.lms.catalogue.application;

import java.nio.file.Path;
import java.time.Instant;

import net.safeskill.lms.catalogue.domain.model.library.LibraryResource;

/** What pages and the media endpoint get to see of library resources. */
public final class LibraryViews {

    private LibraryViews() {
    }

    /**
     * A library resource.
     *
     * @param mine    whether the caller's institution (or, for the system admin, the platform) owns it
     * @param video   whether its file is an MP4 video (else a PDF)
     */
    public record ResourceView(String id, String kind, String title, String summary, String industry, String source,
                               int year, int studyMinutes, String status, String mediaType, long sizeBytes,
                               String originalName, boolean platform, boolean mine, Instant publishedAt,
                               Instant updatedAt) {

        public boolean isVideo() {
            return "video/mp4".equals(mediaType);
        }

        static ResourceView of(LibraryResource r, boolean mine) {
            return new ResourceView(r.publicId(), r.kind().name(), r.title(), r.summary(), r.industry().name(),
                    r.source(), r.year(), r.studyMinutes(), r.status().name(), r.mediaType(), r.sizeBytes(),
                    r.originalName(), r.ownerInstitutionId() == null, mine, r.publishedAt(), r.updatedAt());
        }
    }

    /** The stored file of a resource, for streaming: its checked media type, never what the uploader declared. */
    public record MediaFile(Path path, String mediaType, long size, String originalName) {
    }
}

package net.safeskill.lms.catalogue.domain.model.course;

import java.util.Objects;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * The stored file behind a lesson, after inspection: where it is stored (a random key, never the uploader's name),
 * its checked media type and size, the uploader's file name for display, and for SCORM the version and launch file.
 */
public record LessonMedia(String storageKey, String mediaType, long sizeBytes, String originalName,
                          String scormVersion, String scormLaunch) {

    public LessonMedia {
        Objects.requireNonNull(storageKey, "storageKey");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(originalName, "originalName");
        if (!storageKey.matches("[a-z0-9-]{8,80}")) {
            throw new DomainException("lesson.storageKey");
        }
        if (sizeBytes <= 0) {
            throw new DomainException("upload.empty");
        }
    }
}

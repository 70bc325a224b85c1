package net.safeskill.lms.catalogue.domain.model.course;

import java.util.Objects;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * The stored file behind a lesson, after inspection: where it is stored (a random key, never the uploader's name),
 * its checked media type and size, the uploader's file name for display, and for SCORM the version and launch file.
 */
public record LessonMedia(String storageKey, String mediaType, long sizeBytes, String originalName,
                          String scormVersion, String scormLaunch) {

    /** A storage key: a random UUID-like name, never anything a user typed. */
    public static final String STORAGE_KEY_PATTERN = "[a-z0-9-]{8,80}";

    /** @return the key, if it is a well-formed storage key */
    public static String requireStorageKey(String key) {
        if (key == null || !key.matches(STORAGE_KEY_PATTERN)) {
            throw new DomainException("lesson.storageKey");
        }
        return key;
    }

    public LessonMedia {
        Objects.requireNonNull(storageKey, "storageKey");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(originalName, "originalName");
        requireStorageKey(storageKey);
        if (sizeBytes <= 0) {
            throw new DomainException("upload.empty");
        }
    }
}

package net.safeskill.lms.catalogue.domain.model.upload;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The outcome of a successful {@link UploadInspector#inspect inspection} (已检查的上传文件): what the
 * bytes really are, independent of the name and type the browser declared.
 *
 * @param kind           the kind the file was checked against
 * @param mediaType      canonical media type: {@code video/mp4}, {@code application/pdf},
 *                       {@code image/jpeg}, {@code image/png}, {@code image/webp} or {@code application/zip}
 * @param extension      canonical extension without dot: {@code mp4}, {@code pdf}, {@code jpg},
 *                       {@code png}, {@code webp} or {@code zip}
 * @param sizeBytes      size of the file in bytes, positive
 * @param durationMillis play time of a video, if the file states it; empty for other kinds
 * @param width          width in pixels of an image; empty for other kinds
 * @param height         height in pixels of an image; empty for other kinds
 */
public record InspectedUpload(UploadKind kind, String mediaType, String extension, long sizeBytes,
        OptionalLong durationMillis, OptionalInt width, OptionalInt height) {

    public InspectedUpload {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(extension, "extension");
        durationMillis = durationMillis == null ? OptionalLong.empty() : durationMillis;
        width = width == null ? OptionalInt.empty() : width;
        height = height == null ? OptionalInt.empty() : height;
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("sizeBytes must be positive");
        }
        if (durationMillis.isPresent() && (kind != UploadKind.VIDEO || durationMillis.getAsLong() < 0)) {
            throw new IllegalArgumentException("only a video has a duration, and it is not negative");
        }
        boolean image = kind == UploadKind.IMAGE;
        if (image != width.isPresent() || image != height.isPresent()) {
            throw new IllegalArgumentException("an image, and only an image, has a width and a height");
        }
        if (image && (width.getAsInt() <= 0 || height.getAsInt() <= 0)) {
            throw new IllegalArgumentException("image dimensions must be positive");
        }
    }
}

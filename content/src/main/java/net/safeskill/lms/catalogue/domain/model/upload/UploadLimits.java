package net.safeskill.lms.catalogue.domain.model.upload;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Size limits for uploads (上传限制): the maximum number of bytes per {@link UploadKind}, and the
 * maximum pixel count and side length of images (a defence against decompression bombs).
 *
 * @param maxBytes       maximum file size per kind; every kind must be present with a positive value
 * @param maxImagePixels maximum width &times; height of an image
 * @param maxImageSide   maximum width and maximum height of an image, in pixels
 */
public record UploadLimits(Map<UploadKind, Long> maxBytes, long maxImagePixels, int maxImageSide) {

    /** One mebibyte, 1024 &times; 1024 bytes. */
    public static final long MIB = 1024L * 1024L;

    /** One gibibyte, 1024 MiB. */
    public static final long GIB = 1024L * MIB;

    public UploadLimits {
        Objects.requireNonNull(maxBytes, "maxBytes");
        EnumMap<UploadKind, Long> copy = new EnumMap<>(UploadKind.class);
        for (UploadKind kind : UploadKind.values()) {
            Long limit = maxBytes.get(kind);
            if (limit == null || limit <= 0) {
                throw new IllegalArgumentException("a positive size limit is required for " + kind);
            }
            copy.put(kind, limit);
        }
        if (maxImagePixels <= 0 || maxImageSide <= 0) {
            throw new IllegalArgumentException("image limits must be positive");
        }
        maxBytes = Collections.unmodifiableMap(copy);
    }

    /**
     * The platform defaults: video 2 GiB, PDF 100 MiB, image 5 MiB (at most 4096 px a side and
     * 16 megapixels), SCORM zip 500 MiB.
     */
    public static UploadLimits defaults() {
        EnumMap<UploadKind, Long> limits = new EnumMap<>(UploadKind.class);
        limits.put(UploadKind.VIDEO, 2 * GIB);
        limits.put(UploadKind.DOCUMENT, 100 * MIB);
        limits.put(UploadKind.IMAGE, 5 * MIB);
        limits.put(UploadKind.SCORM_PACKAGE, 500 * MIB);
        return new UploadLimits(limits, 16_000_000L, 4096);
    }

    /** @return the maximum size in bytes of an upload of the given kind */
    public long maxBytes(UploadKind kind) {
        return maxBytes.get(Objects.requireNonNull(kind, "kind"));
    }

    /** @return a copy of these limits with another maximum size for one kind */
    public UploadLimits withMaxBytes(UploadKind kind, long bytes) {
        EnumMap<UploadKind, Long> limits = new EnumMap<>(maxBytes);
        limits.put(Objects.requireNonNull(kind, "kind"), bytes);
        return new UploadLimits(limits, maxImagePixels, maxImageSide);
    }

    /** @return a copy of these limits with other image dimension limits */
    public UploadLimits withImageLimits(long pixels, int side) {
        return new UploadLimits(maxBytes, pixels, side);
    }
}

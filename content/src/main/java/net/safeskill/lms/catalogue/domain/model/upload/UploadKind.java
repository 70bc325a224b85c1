package net.safeskill.lms.catalogue.domain.model.upload;

import java.util.Locale;
import java.util.Set;

/** What an upload is meant to be (上传类型); each kind accepts its own extensions and media types. */
public enum UploadKind {

    /** 课程视频: MP4 (ISO base media file format). */
    VIDEO(Set.of("mp4", "m4v"), Set.of("video/mp4", "video/x-m4v", "application/mp4")),

    /** 课件文档: PDF. */
    DOCUMENT(Set.of("pdf"), Set.of("application/pdf", "application/x-pdf")),

    /** 封面图片: JPEG, PNG or WebP. */
    IMAGE(Set.of("jpg", "jpeg", "png", "webp"),
            Set.of("image/jpeg", "image/jpg", "image/pjpeg", "image/png", "image/x-png", "image/webp")),

    /** SCORM 课件包: a zip archive. */
    SCORM_PACKAGE(Set.of("zip"),
            Set.of("application/zip", "application/x-zip-compressed", "application/x-zip", "multipart/x-zip"));

    private final Set<String> extensions;
    private final Set<String> contentTypes;

    UploadKind(Set<String> extensions, Set<String> contentTypes) {
        this.extensions = extensions;
        this.contentTypes = contentTypes;
    }

    /** @return the lower-case file name extensions (without dot) accepted for this kind */
    public Set<String> allowedExtensions() {
        return extensions;
    }

    /** @return the specific media types a browser may plausibly declare for this kind */
    public Set<String> contentTypes() {
        return contentTypes;
    }

    /**
     * Whether a declared content type is plausible for this kind. Absent, blank and
     * {@code application/octet-stream} are always accepted (browsers send them for unknown types);
     * parameters such as {@code ;charset=...} and case are ignored.
     */
    public boolean acceptsContentType(String declaredContentType) {
        if (declaredContentType == null) {
            return true;
        }
        String type = declaredContentType;
        int semicolon = type.indexOf(';');
        if (semicolon >= 0) {
            type = type.substring(0, semicolon);
        }
        type = type.strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() || "application/octet-stream".equals(type) || contentTypes.contains(type);
    }
}

package net.safeskill.lms.catalogue.domain.model.library;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import net.safeskill.lms.catalogue.domain.model.course.LessonKind;
import net.safeskill.lms.catalogue.domain.model.course.LessonMedia;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.DomainText;
import net.safeskill.lms.shared.domain.model.Industry;

/**
 * A resource of the shared safety-production digital library (安全生产数字资源库, B4): an accident case, an
 * e-textbook or courseware, as one inspected PDF or MP4 file. An institution (or the platform, when the system admin
 * uploads) owns it; once published every signed-in user finds it in the catalogue, and institutions reuse its file
 * as a lesson of their own courses. A published resource never changes; it can only be retired.
 */
@Entity
@Table(name = "library_resource")
public class LibraryResource {

    static final int MAX_TITLE = 100;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_SOURCE = 100;
    static final int MIN_YEAR = 1950;
    static final int MAX_STUDY_MINUTES = 480;
    /** The files a library resource may be: what the catalogue can show in a page. */
    static final Set<String> MEDIA_TYPES = Set.of("application/pdf", "video/mp4");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    /** The owning institution; {@code null} for a platform resource uploaded by the system admin. */
    @Column(name = "owner_institution_id", updatable = false)
    private Long ownerInstitutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ResourceKind kind;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "summary", nullable = false, length = MAX_SUMMARY)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "industry", nullable = false, length = 32)
    private Industry industry;

    @Column(name = "source", nullable = false, length = MAX_SOURCE)
    private String source;

    @Column(name = "publication_year", nullable = false)
    private int year;

    @Column(name = "study_minutes", nullable = false)
    private int studyMinutes;

    @Column(name = "storage_key", nullable = false, updatable = false, length = 80)
    private String storageKey;

    @Column(name = "media_type", nullable = false, updatable = false, length = 60)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "original_name", nullable = false, updatable = false, length = 160)
    private String originalName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ResourceStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 40)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected LibraryResource() {
        // for JPA
    }

    /**
     * @param ownerInstitutionId the owning institution, or {@code null} for the platform
     * @param file               the inspected, stored file: a PDF or an MP4
     */
    public LibraryResource(Long ownerInstitutionId, ResourceDetails details, LessonMedia file, Instant now,
                           String by) {
        Objects.requireNonNull(file, "file");
        if (!MEDIA_TYPES.contains(file.mediaType())) {
            throw new DomainException("library.fileType");
        }
        this.publicId = UUID.randomUUID().toString();
        this.ownerInstitutionId = ownerInstitutionId;
        this.storageKey = file.storageKey();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.sizeBytes();
        this.originalName = file.originalName();
        this.status = ResourceStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.createdBy = Objects.requireNonNull(by, "by");
        apply(details, now);
    }

    /** Changes what the resource says about itself; only a draft changes. */
    public void describe(ResourceDetails details, Instant now) {
        requireStatus(ResourceStatus.DRAFT);
        apply(details, now);
    }

    /**
     * Checks details without making a resource (so that an upload is refused before its file is stored).
     *
     * @throws DomainException with the first rule the details break
     */
    public static void check(ResourceDetails details, Instant now) {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(details.kind(), "kind");
        Objects.requireNonNull(details.industry(), "industry");
        DomainText.required(details.title(), MAX_TITLE, "library.title");
        DomainText.required(details.summary(), MAX_SUMMARY, "library.summary");
        DomainText.required(details.source(), MAX_SOURCE, "library.source");
        int maxYear = now.atZone(ZoneOffset.UTC).getYear() + 1;
        if (details.year() < MIN_YEAR || details.year() > maxYear) {
            throw new DomainException("library.year", MIN_YEAR, maxYear);
        }
        if (details.studyMinutes() < 1 || details.studyMinutes() > MAX_STUDY_MINUTES) {
            throw new DomainException("library.studyMinutes", 1, MAX_STUDY_MINUTES);
        }
    }

    private void apply(ResourceDetails details, Instant now) {
        check(details, now);
        this.kind = details.kind();
        this.industry = details.industry();
        this.title = details.title().strip();
        this.summary = details.summary().strip();
        this.source = details.source().strip();
        this.year = details.year();
        this.studyMinutes = details.studyMinutes();
        this.updatedAt = now;
    }

    /** Into the catalogue: every signed-in user finds it from now on. */
    public void publish(Instant now) {
        requireStatus(ResourceStatus.DRAFT);
        this.status = ResourceStatus.PUBLISHED;
        this.publishedAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
    }

    /** Out of the catalogue; lessons that reuse its file keep working (stored files never change). */
    public void retire(Instant now) {
        requireStatus(ResourceStatus.PUBLISHED);
        this.status = ResourceStatus.RETIRED;
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /** Whether the given institution owns it ({@code null}: the platform). */
    public boolean isOwnedBy(Long institutionId) {
        return Objects.equals(ownerInstitutionId, institutionId);
    }

    /** The kind of lesson its file makes: a video or a document. */
    public LessonKind lessonKind() {
        return "video/mp4".equals(mediaType) ? LessonKind.VIDEO : LessonKind.DOCUMENT;
    }

    /** The stored file as lesson media: a lesson made from the resource points to the very same file. */
    public LessonMedia lessonMedia() {
        return new LessonMedia(storageKey, mediaType, sizeBytes, originalName, null, null);
    }

    public Duration studyLength() {
        return Duration.ofMinutes(studyMinutes);
    }

    private void requireStatus(ResourceStatus expected) {
        if (status != expected) {
            throw new DomainException("library.status", status.name());
        }
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public Long ownerInstitutionId() {
        return ownerInstitutionId;
    }

    public ResourceKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public Industry industry() {
        return industry;
    }

    public String source() {
        return source;
    }

    public int year() {
        return year;
    }

    public int studyMinutes() {
        return studyMinutes;
    }

    public String storageKey() {
        return storageKey;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String originalName() {
        return originalName;
    }

    public ResourceStatus status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public ResourceDetails details() {
        return new ResourceDetails(kind, title, summary, industry, source, year, studyMinutes);
    }
}

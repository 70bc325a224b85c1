package net.safeskill.lms.catalogue.domain.model.course;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.DomainText;

/**
 * A lesson (课时/章节) of a course: a video, a document or a SCORM package, stored under a storage key, with the
 * length that bounds what studying it can credit.
 */
@Entity
@Table(name = "lesson")
public class Lesson {

    static final int MAX_TITLE = 100;
    static final Duration MAX_LENGTH = Duration.ofHours(8);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(name = "ordinal", nullable = false)
    private int ordinal;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private LessonKind kind;

    @Column(name = "length_seconds", nullable = false)
    private long lengthSeconds;

    @Column(name = "storage_key", nullable = false, updatable = false, length = 80)
    private String storageKey;

    @Column(name = "media_type", nullable = false, updatable = false, length = 60)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "original_name", nullable = false, updatable = false, length = 160)
    private String originalName;

    @Column(name = "scorm_version", updatable = false, length = 16)
    private String scormVersion;

    @Column(name = "scorm_launch", updatable = false, length = 500)
    private String scormLaunch;

    protected Lesson() {
        // for JPA
    }

    Lesson(Course course, int ordinal, String title, LessonKind kind, Duration length, LessonMedia media) {
        this.publicId = UUID.randomUUID().toString();
        this.course = Objects.requireNonNull(course, "course");
        this.ordinal = ordinal;
        this.kind = Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(media, "media");
        rename(title);
        changeLength(length);
        if (kind == LessonKind.SCORM && (media.scormVersion() == null || media.scormLaunch() == null)) {
            throw new DomainException("lesson.scormLaunch");
        }
        this.storageKey = media.storageKey();
        this.mediaType = media.mediaType();
        this.sizeBytes = media.sizeBytes();
        this.originalName = media.originalName();
        this.scormVersion = media.scormVersion();
        this.scormLaunch = media.scormLaunch();
    }

    /** A copy for a new version of the course: same media, same storage (stored files are never changed in place). */
    Lesson copyFor(Course newVersion) {
        return new Lesson(newVersion, ordinal, title, kind, length(),
                new LessonMedia(storageKey, mediaType, sizeBytes, originalName, scormVersion, scormLaunch));
    }

    void rename(String newTitle) {
        this.title = DomainText.required(newTitle, MAX_TITLE, "lesson.title");
    }

    void changeLength(Duration length) {
        if (length == null || length.toSeconds() < 60 || length.compareTo(MAX_LENGTH) > 0) {
            throw new DomainException("lesson.length", 1, MAX_LENGTH.toMinutes());
        }
        this.lengthSeconds = length.toSeconds();
    }

    void moveTo(int newOrdinal) {
        this.ordinal = newOrdinal;
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public Course course() {
        return course;
    }

    public int ordinal() {
        return ordinal;
    }

    public String title() {
        return title;
    }

    public LessonKind kind() {
        return kind;
    }

    public Duration length() {
        return Duration.ofSeconds(lengthSeconds);
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

    public String scormVersion() {
        return scormVersion;
    }

    public String scormLaunch() {
        return scormLaunch;
    }
}

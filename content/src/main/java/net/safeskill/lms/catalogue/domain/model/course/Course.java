package net.safeskill.lms.catalogue.domain.model.course;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.DomainText;
import net.safeskill.lms.shared.domain.model.EnumSets;
import net.safeskill.lms.shared.domain.model.Industry;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.shared.domain.model.TrainingType;

/**
 * A course (课程, B1) published by a training institution: what it teaches, to whom, for which training type and how
 * many credit hours (学时), with its lessons. It is edited only as a draft, reviewed before it is listed, and a listed
 * course changes only through a new version; taking it down never touches learners' records, which refer to it.
 */
@Entity
@Table(name = "course")
public class Course {

    static final int MAX_TITLE = 100;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_TEACHERS = 200;
    static final int MAX_COMMENT = 500;
    static final int MAX_LESSONS = 200;
    static final BigDecimal MAX_HOURS = new BigDecimal("200");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    /** The first version's public id: every version of one course shares it. */
    @Column(name = "lineage_id", nullable = false, updatable = false, length = 36)
    private String lineageId;

    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;

    @Column(name = "institution_id", nullable = false, updatable = false)
    private long institutionId;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "description", nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "industry", nullable = false, length = 32)
    private Industry industry;

    @Enumerated(EnumType.STRING)
    @Column(name = "training_type", nullable = false, length = 40)
    private TrainingType trainingType;

    @Column(name = "target_posts", nullable = false, length = 200)
    private String targetPosts;

    @Column(name = "credit_hours", nullable = false, precision = 5, scale = 1)
    private BigDecimal creditHours;

    @Column(name = "teachers", nullable = false, length = MAX_TEACHERS)
    private String teachers;

    @Column(name = "cover_key", length = 80)
    private String coverKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private CourseStatus status;

    @Column(name = "review_comment", length = 500)
    private String reviewComment;

    @Column(name = "reviewed_by", length = 40)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "listed_at")
    private Instant listedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 40)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<Lesson> lessons = new ArrayList<>();

    @Version
    private long version;

    protected Course() {
        // for JPA
    }

    public Course(long institutionId, CourseDetails details, Instant now, String by) {
        this.publicId = UUID.randomUUID().toString();
        this.lineageId = publicId;
        this.revision = 1;
        this.institutionId = institutionId;
        this.status = CourseStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.createdBy = Objects.requireNonNull(by, "by");
        apply(details, now);
    }

    /** Changes what the course says about itself; only a draft can change. */
    public void describe(CourseDetails details, Instant now) {
        requireDraft();
        apply(details, now);
    }

    private void apply(CourseDetails details, Instant now) {
        Objects.requireNonNull(details, "details");
        this.title = DomainText.required(details.title(), MAX_TITLE, "course.title");
        this.description = DomainText.required(details.description(), MAX_DESCRIPTION, "course.description");
        this.teachers = DomainText.required(details.teachers(), MAX_TEACHERS, "course.teachers");
        this.industry = Objects.requireNonNull(details.industry(), "industry");
        this.trainingType = Objects.requireNonNull(details.trainingType(), "trainingType");
        if (details.targetPosts() == null || details.targetPosts().isEmpty()) {
            throw new DomainException("course.targetPosts");
        }
        this.targetPosts = EnumSets.join(details.targetPosts());
        BigDecimal hours = details.creditHours();
        if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0
                || hours.stripTrailingZeros().scale() > 1) {
            throw new DomainException("course.creditHours", MAX_HOURS);
        }
        this.creditHours = hours.setScale(1, java.math.RoundingMode.UNNECESSARY);
        this.updatedAt = now;
    }

    public void changeCover(String storageKey, Instant now) {
        requireDraft();
        this.coverKey = LessonMedia.requireStorageKey(storageKey);
        this.updatedAt = now;
    }

    public Lesson addLesson(String title, LessonKind kind, Duration length, LessonMedia media, Instant now) {
        requireDraft();
        if (lessons.size() >= MAX_LESSONS) {
            throw new DomainException("course.tooManyLessons", MAX_LESSONS);
        }
        Lesson lesson = new Lesson(this, lessons.size() + 1, title, kind, length, media);
        lessons.add(lesson);
        this.updatedAt = now;
        return lesson;
    }

    public void changeLesson(String lessonPublicId, String title, Duration length, Instant now) {
        requireDraft();
        Lesson lesson = lesson(lessonPublicId);
        lesson.rename(title);
        lesson.changeLength(length);
        this.updatedAt = now;
    }

    public void removeLesson(String lessonPublicId, Instant now) {
        requireDraft();
        lessons.remove(lesson(lessonPublicId));
        for (int i = 0; i < lessons.size(); i++) {
            lessons.get(i).moveTo(i + 1);
        }
        this.updatedAt = now;
    }

    /** Moves a lesson one place up (-1) or down (+1). */
    public void moveLesson(String lessonPublicId, int direction, Instant now) {
        requireDraft();
        int from = lessons.indexOf(lesson(lessonPublicId));
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= lessons.size() || to == from) {
            return;
        }
        Collections.swap(lessons, from, to);
        lessons.get(from).moveTo(from + 1);
        lessons.get(to).moveTo(to + 1);
        this.updatedAt = now;
    }

    public Lesson lesson(String lessonPublicId) {
        return lessons.stream().filter(l -> l.publicId().equals(lessonPublicId)).findFirst()
                .orElseThrow(() -> new DomainException("lesson.notFound"));
    }

    /** The institution sends the draft to review; it needs at least one lesson. */
    public void submitForReview(Instant now) {
        requireDraft();
        if (lessons.isEmpty()) {
            throw new DomainException("course.noLessons");
        }
        this.status = CourseStatus.IN_REVIEW;
        this.submittedAt = now;
        this.reviewComment = null;
        this.updatedAt = now;
    }

    /** A regulator or the platform admin lists the course. */
    public void approve(String reviewer, String comment, Instant now) {
        requireStatus(CourseStatus.IN_REVIEW);
        this.status = CourseStatus.LISTED;
        this.reviewedBy = Objects.requireNonNull(reviewer, "reviewer");
        this.reviewComment = comment == null || comment.isBlank() ? null
                : DomainText.required(comment, MAX_COMMENT, "course.reviewComment");
        this.reviewedAt = now;
        this.listedAt = now;
        this.updatedAt = now;
    }

    /** The reviewer sends it back as a draft with the reason. */
    public void reject(String reviewer, String comment, Instant now) {
        requireStatus(CourseStatus.IN_REVIEW);
        this.reviewComment = DomainText.required(comment, MAX_COMMENT, "course.reviewComment");
        this.reviewedBy = Objects.requireNonNull(reviewer, "reviewer");
        this.reviewedAt = now;
        this.status = CourseStatus.DRAFT;
        this.updatedAt = now;
    }

    /** Taken down (下架) by its institution or a regulator; learners keep their records and hours. */
    public void withdraw(String by, String reason, Instant now) {
        requireStatus(CourseStatus.LISTED);
        this.status = CourseStatus.WITHDRAWN;
        this.reviewComment = DomainText.required(reason, MAX_COMMENT, "course.withdrawReason");
        this.reviewedBy = Objects.requireNonNull(by, "by");
        this.reviewedAt = now;
        this.updatedAt = now;
    }

    /** A new draft version of a listed (or withdrawn) course, with the same lessons; this one stays as it is until the new one is listed. */
    public Course newVersion(Instant now, String by) {
        if (status != CourseStatus.LISTED && status != CourseStatus.WITHDRAWN) {
            throw new DomainException("course.status", status.name());
        }
        Course next = new Course(institutionId, details(), now, by);
        next.lineageId = lineageId;
        next.revision = revision + 1;
        next.coverKey = coverKey;
        for (Lesson lesson : lessons) {
            next.lessons.add(lesson.copyFor(next));
        }
        return next;
    }

    /** The newer version was listed: this one leaves the supermarket, its learners' records stay. */
    public void supersede(Instant now) {
        if (status == CourseStatus.LISTED || status == CourseStatus.WITHDRAWN) {
            this.status = CourseStatus.SUPERSEDED;
            this.updatedAt = now;
        }
    }

    /** The time studying this course can credit at most: its credit hours at the region's length of an hour. */
    public Duration totalDuration(Duration creditHour) {
        return Duration.ofMillis(creditHours.multiply(new BigDecimal(creditHour.toMillis())).longValue());
    }

    public Duration lessonsLength() {
        return lessons.stream().map(Lesson::length).reduce(Duration.ZERO, Duration::plus);
    }

    public CourseDetails details() {
        return new CourseDetails(title, description, industry, trainingType, targetPosts(), creditHours, teachers);
    }

    public Set<PostCategory> targetPosts() {
        return EnumSets.parse(targetPosts, PostCategory.class);
    }

    private void requireDraft() {
        requireStatus(CourseStatus.DRAFT);
    }

    private void requireStatus(CourseStatus expected) {
        if (status != expected) {
            throw new DomainException("course.status", status.name());
        }
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public String lineageId() {
        return lineageId;
    }

    public int revision() {
        return revision;
    }

    public long institutionId() {
        return institutionId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Industry industry() {
        return industry;
    }

    public TrainingType trainingType() {
        return trainingType;
    }

    public BigDecimal creditHours() {
        return creditHours;
    }

    public String teachers() {
        return teachers;
    }

    public String coverKey() {
        return coverKey;
    }

    public CourseStatus status() {
        return status;
    }

    public String reviewComment() {
        return reviewComment;
    }

    public Instant listedAt() {
        return listedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Lesson> lessons() {
        return Collections.unmodifiableList(lessons);
    }
}

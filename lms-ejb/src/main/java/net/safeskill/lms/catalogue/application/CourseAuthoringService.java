package net.safeskill.lms.catalogue.application;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import net.safeskill.lms.audit.application.AuditLog;
import net.safeskill.lms.audit.domain.model.AuditAction;
import net.safeskill.lms.catalogue.domain.CourseRepository;
import net.safeskill.lms.catalogue.domain.LibraryRepository;
import net.safeskill.lms.catalogue.domain.model.library.LibraryResource;
import net.safeskill.lms.catalogue.domain.model.library.ResourceStatus;
import net.safeskill.lms.catalogue.domain.model.course.Course;
import net.safeskill.lms.catalogue.domain.model.course.CourseDetails;
import net.safeskill.lms.catalogue.domain.model.course.LessonKind;
import net.safeskill.lms.catalogue.domain.model.course.LessonMedia;
import net.safeskill.lms.catalogue.domain.model.scorm.ScormItem;
import net.safeskill.lms.catalogue.domain.model.scorm.ScormPackage;
import net.safeskill.lms.catalogue.domain.model.scorm.ScormPackageReader;
import net.safeskill.lms.catalogue.domain.model.upload.InspectedUpload;
import net.safeskill.lms.catalogue.domain.model.upload.UploadInspector;
import net.safeskill.lms.catalogue.domain.model.upload.UploadKind;
import net.safeskill.lms.catalogue.domain.model.upload.UploadLimits;
import net.safeskill.lms.catalogue.infrastructure.storage.MediaStore;
import net.safeskill.lms.identity.application.CallerAccounts;
import net.safeskill.lms.identity.domain.model.account.Roles;
import net.safeskill.lms.shared.domain.DomainException;

/**
 * An institution's course editor (B1): create a course, describe it, add lessons from inspected uploads (a
 * SCORM package is checked and extracted, its manifest gives the version and the launch file), change the cover, send it to
 * review, make a new version of a listed course, take it down. Scoped to the caller's own institution; another
 * institution's course answers "not found".
 */
@Stateless
@RolesAllowed(Roles.INSTITUTION_ADMIN)
public class CourseAuthoringService {

    private static final UploadInspector INSPECTOR = new UploadInspector(UploadLimits.defaults());
    private static final ScormPackageReader SCORM = new ScormPackageReader();

    @Inject
    private CourseRepository courses;

    @Inject
    private CallerAccounts caller;

    @Inject
    private MediaStore store;

    @Inject
    private AuditLog audit;

    @Inject
    private LibraryRepository library;

    public List<CourseViews.CourseView> myCourses() {
        return courses.coursesOf(caller.currentOrganisation().id()).stream().map(CourseViews.CourseView::of).toList();
    }

    public CourseViews.CourseView course(String publicId) {
        return CourseViews.CourseView.of(own(publicId));
    }

    public String create(CourseDetails details) {
        Course course = new Course(caller.currentOrganisation().id(), details, Instant.now(), actor());
        courses.store(course);
        audit.record(actor(), AuditAction.COURSE_CREATED, "Course", course.publicId(), course.title());
        return course.publicId();
    }

    public void describe(String publicId, CourseDetails details) {
        own(publicId).describe(details, Instant.now());
    }

    /**
     * Adds a lesson from an uploaded file, which is inspected first (type from the bytes, size limits); a video's
     * length comes from the file when not given. Nothing is kept when the file is refused.
     *
     * @param lengthMinutes the lesson's study length; required for documents and SCORM packages
     */
    public String addLesson(String coursePublicId, String title, LessonKind kind, Integer lengthMinutes,
                            Path upload, String fileName, String contentType) {
        Course course = own(coursePublicId);
        UploadKind uploadKind = switch (kind) {
            case VIDEO -> UploadKind.VIDEO;
            case DOCUMENT -> UploadKind.DOCUMENT;
            case SCORM -> UploadKind.SCORM_PACKAGE;
        };
        InspectedUpload inspected = INSPECTOR.inspect(uploadKind, fileName, contentType, upload);
        Duration length;
        if (lengthMinutes != null) {
            length = Duration.ofMinutes(lengthMinutes);
        } else if (inspected.durationMillis().isPresent()) {
            length = Duration.ofMillis(inspected.durationMillis().getAsLong());
        } else {
            throw new DomainException("lesson.lengthRequired");
        }
        String name = UploadInspector.safeFileName(fileName);
        LessonMedia media;
        if (kind == LessonKind.SCORM) {
            String key = store.newKey();
            Path folder = store.folder(key);
            ScormPackage pkg = SCORM.extract(upload, folder);
            ScormItem launch = pkg.manifest().defaultLaunch();
            media = new LessonMedia(key, inspected.mediaType(), inspected.sizeBytes(), name,
                    pkg.manifest().version().name(), launch.launchHref());
        } else {
            media = new LessonMedia(store.keep(upload), inspected.mediaType(), inspected.sizeBytes(), name, null, null);
        }
        return course.addLesson(title, kind, length, media, Instant.now()).publicId();
    }

    /** A new cover image (JPEG, PNG or WebP, checked from its bytes); the old one is kept for older versions. */
    public void changeCover(String coursePublicId, Path upload, String fileName, String contentType) {
        Course course = own(coursePublicId);
        INSPECTOR.inspect(UploadKind.IMAGE, fileName, contentType, upload);
        course.changeCover(store.keep(upload), Instant.now());
    }

    public void changeLesson(String coursePublicId, String lessonPublicId, String title, int lengthMinutes) {
        own(coursePublicId).changeLesson(lessonPublicId, title, Duration.ofMinutes(lengthMinutes), Instant.now());
    }

    public void removeLesson(String coursePublicId, String lessonPublicId) {
        own(coursePublicId).removeLesson(lessonPublicId, Instant.now());
    }

    public void moveLesson(String coursePublicId, String lessonPublicId, int direction) {
        own(coursePublicId).moveLesson(lessonPublicId, direction, Instant.now());
    }

    /**
     * Reuses a library resource (B4) as a lesson of one of the caller's draft courses: the lesson points to the
     * resource's stored file (never copied), is a video or a document as the file is, takes the resource's title and
     * study length. A published resource of any owner may be reused, a draft only by its own institution.
     *
     * @return the new lesson's public id
     */
    public String addLibraryLesson(String coursePublicId, String resourcePublicId) {
        Course course = own(coursePublicId);
        long institution = caller.currentOrganisation().id();
        LibraryResource resource = library.resource(resourcePublicId == null ? "" : resourcePublicId)
                .filter(r -> r.status() == ResourceStatus.PUBLISHED || r.isOwnedBy(institution))
                .orElseThrow(() -> new DomainException("library.notFound"));
        String lesson = course.addLesson(resource.title(), resource.lessonKind(), resource.studyLength(),
                resource.lessonMedia(), Instant.now()).publicId();
        audit.record(actor(), AuditAction.LIBRARY_LESSON_ADDED, "Course", coursePublicId, resource.publicId());
        return lesson;
    }

    public void submit(String publicId) {
        Course course = own(publicId);
        course.submitForReview(Instant.now());
        audit.record(actor(), AuditAction.COURSE_SUBMITTED, "Course", publicId, course.title());
    }

    public String newVersion(String publicId) {
        Course next = own(publicId).newVersion(Instant.now(), actor());
        courses.store(next);
        audit.record(actor(), AuditAction.COURSE_VERSIONED, "Course", next.publicId(), "r" + next.revision());
        return next.publicId();
    }

    public void withdraw(String publicId, String reason) {
        own(publicId).withdraw(actor(), reason, Instant.now());
        audit.record(actor(), AuditAction.COURSE_WITHDRAWN, "Course", publicId, reason);
    }

    private Course own(String publicId) {
        long institution = caller.currentOrganisation().id();
        return courses.course(publicId == null ? "" : publicId).filter(c -> c.institutionId() == institution)
                .orElseThrow(() -> new DomainException("course.notFound"));
    }

    private String actor() {
        return caller.current().username();
    }
}

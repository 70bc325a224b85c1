package net.safeskill.lms.study.application;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import net.safeskill.lms.catalogue.application.CourseViews;
import net.safeskill.lms.catalogue.domain.CourseRepository;
import net.safeskill.lms.catalogue.domain.model.course.Course;
import net.safeskill.lms.catalogue.domain.model.course.CourseStatus;
import net.safeskill.lms.catalogue.domain.model.course.Lesson;
import net.safeskill.lms.identity.application.CallerAccounts;
import net.safeskill.lms.identity.application.OrganisationDirectory;
import net.safeskill.lms.identity.domain.model.account.Account;
import net.safeskill.lms.identity.domain.model.account.Role;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.study.domain.StudyRepository;
import net.safeskill.lms.study.domain.model.enrolment.Enrolment;
import net.safeskill.lms.study.domain.model.enrolment.EnrolmentOrigin;

/**
 * Who may see a course and its lesson files (B1, C1): a listed course is visible to everyone signed in; its lesson
 * files only to its enrolled learners, its own institution and the reviewers (regulators, platform admin). A
 * learner keeps access to a course they are enrolled in after it is withdrawn or superseded, so records stay
 * reachable. Anything else answers "not found", never "forbidden", so ids cannot be probed.
 */
@Stateless
@PermitAll
public class CourseAccessService {

    @Inject
    private CourseRepository courses;

    @Inject
    private StudyRepository study;

    @Inject
    private CallerAccounts caller;

    @Inject
    private OrganisationDirectory organisations;

    @Inject
    private StudyRulesSource rules;

    /** The course page: the course, its institution, and — for a learner — the plan entry and credited time. */
    public StudyViews.CourseDetail course(String coursePublicId) {
        Account account = caller.current();
        Course course = courses.course(coursePublicId == null ? "" : coursePublicId)
                .orElseThrow(() -> new DomainException("course.notFound"));
        Optional<Enrolment> enrolment = enrolmentOf(account, course);
        if (course.status() != CourseStatus.LISTED && enrolment.isEmpty() && !manages(account, course)) {
            throw new DomainException("course.notFound");
        }
        Map<Long, Duration> byLesson = enrolment.isPresent()
                ? study.onlineByLesson(account.person().id(), course.id()) : Map.of();
        List<StudyViews.LessonProgress> lessons = course.lessons().stream()
                .map(l -> new StudyViews.LessonProgress(l.publicId(), l.ordinal(), l.title(), l.kind().name(),
                        l.length().toSeconds(), byLesson.getOrDefault(l.id(), Duration.ZERO).toSeconds()))
                .toList();
        long credited = byLesson.values().stream().mapToLong(Duration::toSeconds).sum();
        Optional<String> newer = course.status() == CourseStatus.LISTED ? Optional.empty()
                : courses.listedVersion(course.lineageId()).map(Course::publicId)
                        .filter(id -> !id.equals(course.publicId()));
        return new StudyViews.CourseDetail(CourseViews.CourseView.of(course),
                organisations.nameOf(course.institutionId()), course.coverKey() != null,
                account.hasRole(Role.LEARNER), enrolment.isPresent(),
                enrolment.map(e -> e.origin().name()).orElse(null), enrolment.map(Enrolment::dueDate).orElse(null),
                enrolment.map(e -> e.origin() == EnrolmentOrigin.SELF_CHOSEN).orElse(false), credited, lessons,
                newer.orElse(null), rules.rulesFor(caller.currentRegion().map(Enum::name)
                        .orElse(StudyRulesSource.DEFAULT_REGION)).toCreditHours(Duration.ofSeconds(credited)));
    }

    /** The study page of one lesson: only for a learner enrolled in its course. */
    public StudyViews.LessonPage lessonPage(String lessonPublicId) {
        Account account = caller.current();
        Lesson lesson = courses.lesson(lessonPublicId == null ? "" : lessonPublicId)
                .orElseThrow(() -> new DomainException("lesson.notFound"));
        if (enrolmentOf(account, lesson.course()).isEmpty()) {
            throw new DomainException("study.notEnrolled");
        }
        StudyViews.CourseDetail detail = course(lesson.course().publicId());
        StudyViews.LessonProgress current = detail.lessons().stream()
                .filter(l -> l.id().equals(lesson.publicId())).findFirst().orElseThrow();
        return new StudyViews.LessonPage(detail, current, lesson.scormVersion());
    }

    /** The stored file of a lesson, for the caller to stream or launch. */
    public StudyViews.MediaRef lessonMedia(String lessonPublicId) {
        Account account = caller.current();
        Lesson lesson = courses.lesson(lessonPublicId == null ? "" : lessonPublicId)
                .orElseThrow(() -> new DomainException("lesson.notFound"));
        Course course = lesson.course();
        if (enrolmentOf(account, course).isEmpty() && !manages(account, course)) {
            throw new DomainException("lesson.notFound");
        }
        return new StudyViews.MediaRef(lesson.storageKey(), lesson.mediaType(), lesson.originalName(),
                lesson.kind().name(), lesson.scormVersion(), lesson.scormLaunch());
    }

    /** A course's cover image, for anyone who may see the course; empty when it has none. */
    public Optional<StudyViews.MediaRef> cover(String coursePublicId) {
        StudyViews.CourseDetail detail = course(coursePublicId);
        if (!detail.hasCover()) {
            return Optional.empty();
        }
        Course course = courses.course(coursePublicId).orElseThrow();
        return Optional.of(new StudyViews.MediaRef(course.coverKey(), null, "cover", "IMAGE", null, null));
    }

    private Optional<Enrolment> enrolmentOf(Account account, Course course) {
        return account.hasRole(Role.LEARNER) ? study.enrolment(account.person().id(), course.id()) : Optional.empty();
    }

    /** The course's own institution, and the reviewers who list and take down courses. */
    private static boolean manages(Account account, Course course) {
        if (account.hasRole(Role.REGULATOR) || account.hasRole(Role.SYSTEM_ADMIN)) {
            return true;
        }
        return account.hasRole(Role.INSTITUTION_ADMIN) && account.organisation() != null
                && account.organisation().id() == course.institutionId();
    }
}

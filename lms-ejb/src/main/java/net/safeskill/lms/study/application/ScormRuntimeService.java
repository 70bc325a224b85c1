package net.safeskill.lms.study.application;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import net.safeskill.lms.catalogue.domain.CourseRepository;
import net.safeskill.lms.catalogue.domain.model.course.Lesson;
import net.safeskill.lms.catalogue.domain.model.course.LessonKind;
import net.safeskill.lms.identity.application.CallerAccounts;
import net.safeskill.lms.identity.domain.model.account.Account;
import net.safeskill.lms.identity.domain.model.account.Roles;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.study.domain.StudyRepository;
import net.safeskill.lms.study.domain.model.scorm.ScormAttempt;
import net.safeskill.lms.study.domain.model.scorm.ScormCommit;

/**
 * The server side of the SCORM runtime API (B1): what a SCO of an enrolled learner's lesson committed is kept, and
 * loaded again at the next launch so that the SCO resumes. Each commit is its own transaction.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class ScormRuntimeService {

    @Inject
    private StudyRepository repository;

    @Inject
    private CourseRepository courses;

    @Inject
    private CallerAccounts caller;

    /** What the player needs to launch the SCO: its version, launch file, the learner, and the data to resume from. */
    public StudyViews.ScormLaunch launch(String lessonPublicId) {
        Account account = caller.current();
        Lesson lesson = scormLesson(account, lessonPublicId);
        var attempt = repository.scormAttempt(account.person().id(), lesson.id());
        return new StudyViews.ScormLaunch(lesson.publicId(), lesson.scormVersion(), lesson.scormLaunch(),
                account.username(), account.person().fullName(), attempt.map(ScormAttempt::cmiJson).orElse(null),
                attempt.map(ScormAttempt::completion).orElse("not attempted"),
                attempt.map(ScormAttempt::success).orElse("unknown"),
                attempt.map(ScormAttempt::scoreRaw).orElse(null));
    }

    /** Keeps one commit of the runtime data; a refused body leaves the stored data as it was. */
    public StudyViews.ScormLaunch commit(String lessonPublicId, String body) {
        Account account = caller.current();
        Lesson lesson = scormLesson(account, lessonPublicId);
        ScormCommit commit = ScormCommit.read(body, lesson.scormVersion());
        Instant now = Instant.now();
        long personId = account.person().id();
        repository.scormAttempt(personId, lesson.id()).ifPresentOrElse(a -> a.commit(commit, now),
                () -> repository.store(new ScormAttempt(personId, lesson.id(), commit, now)));
        return launch(lessonPublicId);
    }

    private Lesson scormLesson(Account account, String lessonPublicId) {
        Lesson lesson = courses.lesson(lessonPublicId == null ? "" : lessonPublicId)
                .filter(l -> l.kind() == LessonKind.SCORM)
                .orElseThrow(() -> new DomainException("lesson.notFound"));
        if (repository.enrolment(account.person().id(), lesson.course().id()).isEmpty()) {
            throw new DomainException("study.notEnrolled");
        }
        return lesson;
    }
}

package net.safeskill.lms.study.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import net.safeskill.lms.catalogue.domain.CourseRepository;
import net.safeskill.lms.catalogue.domain.model.course.Course;
import net.safeskill.lms.catalogue.domain.model.course.CourseStatus;
import net.safeskill.lms.identity.application.CallerAccounts;
import net.safeskill.lms.identity.domain.model.account.Account;
import net.safeskill.lms.identity.domain.model.account.Roles;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.study.domain.StudyRepository;
import net.safeskill.lms.study.domain.model.session.StudyRules;
import net.safeskill.lms.study.domain.model.enrolment.Enrolment;

/** A learner's own plan (自主选学, B3): add a listed course, drop a self-chosen one, see both kinds together. */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class EnrolmentService {

    @Inject
    private StudyRepository repository;

    @Inject
    private CourseRepository courses;

    @Inject
    private CallerAccounts caller;

    @Inject
    private StudyRulesSource rules;

    @Inject
    private Event<EnrolmentChanged> enrolmentChanged;

    /** Adds a listed course to the caller's plan; adding it twice changes nothing. */
    public String enrol(String coursePublicId) {
        Account account = caller.current();
        long personId = account.person().id();
        Course course = courses.course(coursePublicId == null ? "" : coursePublicId)
                .filter(c -> c.status() == CourseStatus.LISTED)
                .orElseThrow(() -> new DomainException("course.notFound"));
        return repository.enrolment(personId, course.id()).orElseGet(() -> {
            Enrolment e = Enrolment.selfChosen(personId, course.id(), Instant.now(), account.username());
            repository.store(e);
            enrolmentChanged.fire(new EnrolmentChanged(course.id()));
            return e;
        }).publicId();
    }

    public void drop(String coursePublicId) {
        long personId = caller.current().person().id();
        Course course = courses.course(coursePublicId == null ? "" : coursePublicId)
                .orElseThrow(() -> new DomainException("course.notFound"));
        Enrolment e = repository.enrolment(personId, course.id())
                .orElseThrow(() -> new DomainException("enrolment.notFound"));
        e.requireDroppable();
        repository.remove(e);
        enrolmentChanged.fire(new EnrolmentChanged(course.id()));
    }

    /** The caller's plan, assigned and self-chosen together, with what the ledger credits for each course. */
    public List<StudyViews.PlanEntry> myPlan() {
        long personId = caller.current().person().id();
        Map<Long, Duration> credited = repository.onlineByCourse(personId);
        StudyRules regionRules = rules.rulesFor(caller.currentRegion().map(Enum::name)
                .orElse(StudyRulesSource.DEFAULT_REGION));
        return repository.enrolments(personId).stream().map(e -> {
            Course c = courses.course(e.courseId()).orElseThrow();
            Duration online = credited.getOrDefault(c.id(), Duration.ZERO);
            return new StudyViews.PlanEntry(c.publicId(), c.title(), c.status().name(), e.origin().name(),
                    e.dueDate(), c.creditHours(), online.toSeconds(),
                    c.lessons().isEmpty() ? null : c.lessons().get(0).publicId(), regionRules.toCreditHours(online));
        }).toList();
    }
}

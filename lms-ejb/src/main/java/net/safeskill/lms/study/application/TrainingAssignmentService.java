package net.safeskill.lms.study.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import net.safeskill.lms.audit.application.AuditLog;
import net.safeskill.lms.audit.domain.model.AuditAction;
import net.safeskill.lms.catalogue.domain.CourseRepository;
import net.safeskill.lms.catalogue.domain.model.course.Course;
import net.safeskill.lms.catalogue.domain.model.course.CourseStatus;
import net.safeskill.lms.identity.application.CallerAccounts;
import net.safeskill.lms.identity.application.PeopleDirectory;
import net.safeskill.lms.identity.domain.model.account.Roles;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.shared.application.PlatformClock;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.Enums;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.study.domain.StudyRepository;
import net.safeskill.lms.study.domain.model.enrolment.Enrolment;
import net.safeskill.lms.study.domain.model.requirement.TrainingObligation;
import net.safeskill.lms.study.domain.model.requirement.TrainingRequirement;

/**
 * An enterprise admin assigns training (B3, journey 2): listed courses (指派课程, into 我的学习 next to the learner's
 * own choices, with a due date) and training requirements (下达培训任务: an obligation with a start and a due date)
 * to chosen employees, to everyone of a post category, or to everyone. Only the enterprise's own current employees
 * can be targeted; anybody else is "not found".
 */
@Stateless
@RolesAllowed(Roles.ENTERPRISE_ADMIN)
public class TrainingAssignmentService {

    /** At most this many listed courses are offered for assignment (the catalogue search finds the rest). */
    static final int MAX_COURSES = 500;

    @Inject
    private StudyRepository study;

    @Inject
    private CourseRepository courses;

    @Inject
    private PeopleDirectory people;

    @Inject
    private CallerAccounts caller;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<EnrolmentChanged> enrolmentChanged;

    public List<ProgressViews.EmployeeChoice> employees() {
        return people.employees(caller.currentOrganisation().id(), true).stream()
                .map(m -> new ProgressViews.EmployeeChoice(m.employmentPublicId(), m.person().fullName(),
                        m.person().maskedResidentId(), m.post(), m.category().name())).toList();
    }

    public List<ProgressViews.CourseChoice> listedCourses() {
        return courses.listed(MAX_COURSES).stream().map(c -> new ProgressViews.CourseChoice(c.publicId(), c.title(),
                c.trainingType().name(), c.creditHours())).toList();
    }

    /** The requirements in force in the enterprise's region. */
    public List<ProgressViews.RequirementChoice> requirements() {
        return study.requirements(caller.currentOrganisation().region().name()).stream()
                .filter(TrainingRequirement::active)
                .map(r -> new ProgressViews.RequirementChoice(r.publicId(), r.name(), r.situation().name(),
                        r.requiredHours(), r.windowMonths(), r.postCategories().stream().map(Enum::name).toList()))
                .toList();
    }

    /** Assigns a listed course with a due date; a course the person chose already becomes assigned (hours kept). */
    public ProgressViews.AssignmentResult assignCourse(String coursePublicId, ProgressViews.Target target,
                                                       LocalDate dueDate) {
        Organisation enterprise = caller.currentOrganisation();
        Course course = courses.course(coursePublicId == null ? "" : coursePublicId)
                .filter(c -> c.status() == CourseStatus.LISTED)
                .orElseThrow(() -> new DomainException("course.notFound"));
        String by = caller.current().username();
        LocalDate today = PlatformClock.today();
        Instant now = Instant.now();
        int assigned = 0;
        int added = 0;
        for (PeopleDirectory.Member m : targets(enterprise, target)) {
            long personId = m.person().id();
            Enrolment existing = study.enrolment(personId, course.id()).orElse(null);
            if (existing == null) {
                study.store(Enrolment.assigned(personId, course.id(), enterprise.id(), dueDate, today, now, by));
                added++;
            } else {
                existing.assign(enterprise.id(), dueDate, today, by);
            }
            assigned++;
        }
        if (added > 0) {
            // the course's learner count ("most studied" in the supermarket) includes assigned learners
            enrolmentChanged.fire(new EnrolmentChanged(course.id()));
        }
        audit.record(by, AuditAction.COURSE_ASSIGNED, "Course", course.publicId(),
                assigned + " people, due " + dueDate);
        return new ProgressViews.AssignmentResult(assigned, 0, 0);
    }

    /**
     * Puts people under a requirement from {@code windowStart} (hours from that day count) to {@code dueDate}.
     * People whose post category the requirement is not for, and people with a running obligation of the same
     * requirement, are left out and counted.
     */
    public ProgressViews.AssignmentResult assignRequirement(String requirementPublicId, ProgressViews.Target target,
                                                            LocalDate windowStart, LocalDate dueDate) {
        Organisation enterprise = caller.currentOrganisation();
        TrainingRequirement requirement = study.requirement(requirementPublicId == null ? "" : requirementPublicId)
                .filter(r -> r.region().equals(enterprise.region().name()))
                .orElseThrow(() -> new DomainException("requirement.notFound"));
        String by = caller.current().username();
        LocalDate today = PlatformClock.today();
        LocalDate start = windowStart == null ? today : windowStart;
        Instant now = Instant.now();
        int assigned = 0;
        int notApplicable = 0;
        int already = 0;
        for (PeopleDirectory.Member m : targets(enterprise, target)) {
            long personId = m.person().id();
            if (!requirement.appliesTo(m.category())) {
                notApplicable++;
            } else if (study.obligationsOf(personId).stream().anyMatch(o ->
                    o.requirement().id().equals(requirement.id()) && o.open(today))) {
                already++;
            } else {
                study.store(new TrainingObligation(personId, enterprise.id(), requirement, start, dueDate,
                        PlatformClock.ZONE, now, by));
                assigned++;
            }
        }
        audit.record(by, AuditAction.OBLIGATION_ASSIGNED, "TrainingRequirement", requirement.publicId(),
                assigned + " assigned from " + start + " due " + dueDate + ", " + notApplicable + " not applicable, "
                        + already + " already assigned");
        return new ProgressViews.AssignmentResult(assigned, notApplicable, already);
    }

    /** The enterprise's current employees a target names, each person once. */
    private List<PeopleDirectory.Member> targets(Organisation enterprise, ProgressViews.Target target) {
        List<PeopleDirectory.Member> current = people.employees(enterprise.id(), true);
        Map<Long, PeopleDirectory.Member> chosen = new LinkedHashMap<>();
        if (target == null) {
            throw new DomainException("assignment.noTarget");
        }
        if (target.employments() != null && !target.employments().isEmpty()) {
            for (String employment : target.employments()) {
                PeopleDirectory.Member m = current.stream()
                        .filter(e -> e.employmentPublicId().equals(employment)).findFirst()
                        .orElseThrow(() -> new DomainException("employment.notFound"));
                chosen.putIfAbsent(m.person().id(), m);
            }
        } else if (target.postCategory() != null && !target.postCategory().isBlank()) {
            PostCategory category = Enums.parse(PostCategory.class, target.postCategory(),
                    "employment.categoryRequired");
            current.stream().filter(m -> m.category() == category).forEach(m -> chosen.putIfAbsent(m.person().id(), m));
        } else if (target.everyone()) {
            current.forEach(m -> chosen.putIfAbsent(m.person().id(), m));
        } else {
            throw new DomainException("assignment.noTarget");
        }
        if (chosen.isEmpty()) {
            throw new DomainException("assignment.nobody");
        }
        return new ArrayList<>(chosen.values());
    }
}

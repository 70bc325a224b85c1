package net.safeskill.lms.web.enterprise;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.shared.application.PlatformClock;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.study.application.ProgressViews;
import net.safeskill.lms.study.application.TrainingAssignmentService;
import net.safeskill.lms.web.support.Messages;

/**
 * The enterprise admin assigns a listed course or a training requirement (培训任务) to chosen employees, to a post
 * category, or to everyone, with a due date (and for a requirement the day from which hours count).
 */
@Named
@ViewScoped
public class AssignBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Messages.FieldMap FIELDS = Messages.FieldMap.of("assignment", "assign:targetKind",
            "employment", "assign:employees", "course", "assign:course", "requirement", "assign:requirement",
            "obligation.dueBeforeStart", "assign:due", "obligation.dueTooLate", "assign:due",
            "obligation.dueInPast", "assign:due", "enrolment.dueInPast", "assign:due", "obligation", "assign:requirement");

    @Inject
    private TrainingAssignmentService service;

    private List<ProgressViews.EmployeeChoice> employees;
    private List<ProgressViews.CourseChoice> courses;
    private List<ProgressViews.RequirementChoice> requirements;

    private String kind = "REQUIREMENT";
    private String targetKind = "CHOSEN";
    private List<String> chosen = new ArrayList<>();
    private String postCategory;
    private String course;
    private String requirement;
    private LocalDate windowStart = PlatformClock.today();
    private LocalDate dueDate = PlatformClock.today().plusMonths(3);

    @PostConstruct
    void init() {
        employees = service.employees();
        courses = service.listedCourses();
        requirements = service.requirements();
    }

    public void assign() {
        ProgressViews.Target target = new ProgressViews.Target(
                "CHOSEN".equals(targetKind) ? new LinkedHashSet<>(chosen) : java.util.Set.of(),
                "CATEGORY".equals(targetKind) ? postCategory : null, "EVERYONE".equals(targetKind));
        if ("CHOSEN".equals(targetKind) && chosen.isEmpty()) {
            Messages.error("assign:employees", "error.assignment.noTarget");
            return;
        }
        try {
            if ("COURSE".equals(kind)) {
                ProgressViews.AssignmentResult r = service.assignCourse(course, target, dueDate);
                Messages.info("assign.course.done", r.assigned(), dueDate);
            } else {
                ProgressViews.AssignmentResult r = service.assignRequirement(requirement, target, windowStart,
                        dueDate);
                Messages.info("assign.requirement.done", r.assigned(), r.notApplicable(), r.alreadyAssigned(),
                        dueDate);
            }
            chosen = new ArrayList<>();
        } catch (DomainException e) {
            Messages.error(e, FIELDS);
        }
    }

    public PostCategory[] getPostCategories() {
        return PostCategory.values();
    }

    public List<ProgressViews.EmployeeChoice> getEmployees() {
        return employees;
    }

    public List<ProgressViews.CourseChoice> getCourses() {
        return courses;
    }

    public List<ProgressViews.RequirementChoice> getRequirements() {
        return requirements;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTargetKind() {
        return targetKind;
    }

    public void setTargetKind(String targetKind) {
        this.targetKind = targetKind;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen;
    }

    public String getPostCategory() {
        return postCategory;
    }

    public void setPostCategory(String postCategory) {
        this.postCategory = postCategory;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getRequirement() {
        return requirement;
    }

    public void setRequirement(String requirement) {
        this.requirement = requirement;
    }

    public LocalDate getWindowStart() {
        return windowStart;
    }

    public void setWindowStart(LocalDate windowStart) {
        this.windowStart = windowStart;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}

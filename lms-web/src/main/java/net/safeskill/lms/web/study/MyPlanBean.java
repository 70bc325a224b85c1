package net.safeskill.lms.web.study;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.shared.application.PlatformClock;
import net.safeskill.lms.study.application.EnrolmentService;
import net.safeskill.lms.study.application.StudyViews;

/** 我的学习: the learner's assigned and self-chosen courses together, each with the hours credited so far. */
@Named
@ViewScoped
public class MyPlanBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EnrolmentService enrolments;

    private List<StudyViews.PlanEntry> plan;

    @PostConstruct
    void init() {
        plan = enrolments.myPlan();
    }

    public List<StudyViews.PlanEntry> getPlan() {
        return plan;
    }

    public int percent(StudyViews.PlanEntry e) {
        double required = e.creditHours().doubleValue();
        return required <= 0 ? 0 : (int) Math.min(100, Math.floor(e.creditedHours() * 100 / required));
    }

    public boolean overdue(StudyViews.PlanEntry e) {
        return e.dueDate() != null && e.dueDate().isBefore(PlatformClock.today()) && percent(e) < 100;
    }

    public double getTotalCreditedHours() {
        return Math.floor(plan.stream().mapToDouble(StudyViews.PlanEntry::creditedHours).sum() * 10) / 10;
    }
}

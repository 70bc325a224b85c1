package net.safeskill.lms.web.learner;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.study.application.ProgressService;
import net.safeskill.lms.study.application.ProgressViews;
import net.safeskill.lms.web.enterprise.ProgressBean;

/** 我的培训要求: the learner's obligations with progress bars and the breakdown, and their credited class sessions. */
@Named
@ViewScoped
public class MyRequirementsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgressService service;

    private List<ProgressViews.Progress> requirements;
    private List<ProgressViews.AttendedSession> sessions;

    @PostConstruct
    void init() {
        requirements = service.myRequirements();
        sessions = service.myClassHours();
    }

    public String status(ProgressViews.Progress p) {
        return ProgressBean.statusKey(p);
    }

    public List<ProgressViews.Progress> getRequirements() {
        return requirements;
    }

    public List<ProgressViews.AttendedSession> getSessions() {
        return sessions;
    }
}

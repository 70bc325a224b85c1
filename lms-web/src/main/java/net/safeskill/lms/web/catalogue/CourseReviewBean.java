package net.safeskill.lms.web.catalogue;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.catalogue.application.CourseReviewService;
import net.safeskill.lms.catalogue.application.CourseViews;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.web.support.Messages;

/** The reviewers' queue (课程审核): open a course sent to review, look at its lessons, list it or send it back. */
@Named
@ViewScoped
public class CourseReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseReviewService review;

    private List<CourseViews.CourseView> waiting;
    private CourseViews.CourseView selected;
    private String comment;

    @PostConstruct
    void init() {
        waiting = review.waiting();
    }

    public void select(CourseViews.CourseView course) {
        selected = course;
        comment = null;
    }

    public void approve() {
        decide(true);
    }

    public void reject() {
        decide(false);
    }

    private void decide(boolean approve) {
        if (selected == null) {
            return;
        }
        try {
            if (approve) {
                review.approve(selected.id(), comment);
                Messages.info("review.approved", selected.title());
            } else {
                review.reject(selected.id(), comment);
                Messages.info("review.rejected", selected.title());
            }
            selected = null;
            comment = null;
            waiting = review.waiting();
        } catch (DomainException e) {
            Messages.error(e, code -> "decision:comment");
        }
    }

    public List<CourseViews.CourseView> getWaiting() {
        return waiting;
    }

    public CourseViews.CourseView getSelected() {
        return selected;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}

package net.safeskill.lms.web.catalogue;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.catalogue.application.CourseReviewService;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.study.application.CourseAccessService;
import net.safeskill.lms.study.application.EnrolmentService;
import net.safeskill.lms.study.application.StudyViews;
import net.safeskill.lms.web.identity.UserSession;
import net.safeskill.lms.web.support.Messages;

/** A course's page (课程详情): what it is, its lessons, and for a learner "add to my plan" / "study" / "remove". */
@Named
@ViewScoped
public class CoursePageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseAccessService access;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private CourseReviewService review;

    @Inject
    private UserSession session;

    private String id;
    private StudyViews.CourseDetail detail;
    private String withdrawReason;

    public String load() {
        try {
            detail = access.course(id);
            return null;
        } catch (DomainException e) {
            return "/error/404.xhtml";
        }
    }

    public void enrol() {
        try {
            enrolments.enrol(id);
            detail = access.course(id);
            Messages.info("course.enrolled", detail.course().title());
        } catch (DomainException e) {
            Messages.error(e, null);
        }
    }

    public void drop() {
        try {
            enrolments.drop(id);
            detail = access.course(id);
            Messages.info("course.dropped", detail.course().title());
        } catch (DomainException e) {
            Messages.error(e, null);
        }
    }

    public void withdraw() {
        try {
            review.withdraw(id, withdrawReason);
            detail = access.course(id);
            Messages.info("course.withdrawn");
        } catch (DomainException e) {
            Messages.error(e, code -> "withdraw:reason");
        }
    }

    /** The lesson to open with "start / continue": the first one not yet fully credited. */
    public String getNextLesson() {
        return detail.lessons().stream().filter(l -> l.creditedSeconds() < l.lengthSeconds()).findFirst()
                .or(() -> detail.lessons().stream().findFirst()).map(StudyViews.LessonProgress::id).orElse(null);
    }

    public int percent(long part, long whole) {
        return whole <= 0 ? 0 : (int) Math.min(100, part * 100 / whole);
    }

    /** Credited hours as a share of the course's credit hours. */
    public int getCoursePercent() {
        double required = detail.course().creditHours().doubleValue();
        return required <= 0 ? 0 : (int) Math.min(100, Math.floor(detail.creditedHours() * 100 / required));
    }

    public long minutes(long seconds) {
        return Math.round(seconds / 60.0);
    }

    public boolean isReviewer() {
        return session.hasRole("REGULATOR") || session.hasRole("SYSTEM_ADMIN");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public StudyViews.CourseDetail getDetail() {
        return detail;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }
}

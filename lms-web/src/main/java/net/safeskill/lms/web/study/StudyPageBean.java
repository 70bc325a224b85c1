package net.safeskill.lms.web.study;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.study.application.CourseAccessService;
import net.safeskill.lms.study.application.StudyViews;
import net.safeskill.lms.web.support.Messages;

/**
 * The study page (学习页): which lesson, of which course, and the lesson list. Everything about time happens between
 * the page's script and {@code /api/study} — this bean only renders the page.
 */
@Named
@ViewScoped
public class StudyPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseAccessService access;

    private String lesson;
    private StudyViews.LessonPage page;

    public String load() {
        try {
            page = access.lessonPage(lesson);
            return null;
        } catch (DomainException e) {
            if ("study.notEnrolled".equals(e.code())) {
                Messages.error(e, null);
                return null;
            }
            return "/error/404.xhtml";
        }
    }

    public int percent(long part, long whole) {
        return whole <= 0 ? 0 : (int) Math.min(100, part * 100 / whole);
    }

    public String getLesson() {
        return lesson;
    }

    public void setLesson(String lesson) {
        this.lesson = lesson;
    }

    public StudyViews.LessonPage getPage() {
        return page;
    }
}

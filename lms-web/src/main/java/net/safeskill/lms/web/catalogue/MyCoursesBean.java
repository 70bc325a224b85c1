package net.safeskill.lms.web.catalogue;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.catalogue.application.CourseAuthoringService;
import net.safeskill.lms.catalogue.application.CourseViews;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.web.support.Messages;

/** The institution's course list (我的课程) and the "new course" form; a created course opens in the editor. */
@Named
@ViewScoped
public class MyCoursesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Messages.FieldMap FIELDS = Messages.FieldMap.of("course.title", "details:title",
            "course.description", "details:description", "course.teachers", "details:teachers",
            "course.targetPosts", "details:posts", "course.creditHours", "details:hours");

    @Inject
    private CourseAuthoringService authoring;

    private List<CourseViews.CourseView> courses;
    private CourseForm form = new CourseForm();

    @PostConstruct
    void init() {
        courses = authoring.myCourses();
    }

    public String create() {
        try {
            String id = authoring.create(form.toDetails());
            Messages.info("course.created");
            return "/institution/course.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            Messages.error(e, FIELDS);
            return null;
        }
    }

    public List<CourseViews.CourseView> getCourses() {
        return courses;
    }

    public long count(String status) {
        return courses.stream().filter(c -> c.status().equals(status)).count();
    }

    public CourseForm getForm() {
        return form;
    }
}

package net.safeskill.lms.web.catalogue;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.catalogue.application.CourseAuthoringService;
import net.safeskill.lms.catalogue.application.CourseViews;
import net.safeskill.lms.catalogue.application.LibraryService;
import net.safeskill.lms.catalogue.application.LibraryViews;
import net.safeskill.lms.catalogue.domain.model.course.CourseStatus;
import net.safeskill.lms.identity.domain.model.account.Role;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.web.identity.UserSession;
import net.safeskill.lms.web.support.Messages;

/**
 * A library resource's page ({@code /catalogue/resource.xhtml?id=}): the PDF or video in the page, and for an
 * institution admin the choice of one of their draft courses to reuse it in as a lesson (B4).
 */
@Named
@ViewScoped
public class ResourceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LibraryService library;

    @Inject
    private CourseAuthoringService authoring;

    @Inject
    private UserSession session;

    private String id;
    private LibraryViews.ResourceView resource;
    private boolean missing;
    private List<CourseViews.CourseView> draftCourses;
    private String targetCourse;

    /** f:viewAction: loads the resource; an unknown or hidden one shows "not found". */
    public void load() {
        try {
            resource = library.resource(id);
        } catch (DomainException e) {
            missing = true;
        }
    }

    public List<CourseViews.CourseView> getDraftCourses() {
        if (draftCourses == null) {
            draftCourses = session.hasRole(Role.INSTITUTION_ADMIN.name())
                    ? authoring.myCourses().stream().filter(c -> CourseStatus.DRAFT.name().equals(c.status())).toList()
                    : List.of();
        }
        return draftCourses;
    }

    public boolean isCanReuse() {
        return resource != null && !getDraftCourses().isEmpty();
    }

    public void addToCourse() {
        try {
            authoring.addLibraryLesson(targetCourse, id);
            String title = getDraftCourses().stream().filter(c -> c.id().equals(targetCourse)).findFirst()
                    .map(CourseViews.CourseView::title).orElse("");
            Messages.info("resource.reused", title);
        } catch (DomainException e) {
            Messages.error(e, null);
        }
    }

    public void publish() {
        act(() -> library.publish(id), "library.published");
    }

    public void retire() {
        act(() -> library.retire(id), "library.retired");
    }

    private void act(Runnable action, String message) {
        try {
            action.run();
            resource = library.resource(id);
            Messages.info(message, resource.title());
        } catch (DomainException e) {
            Messages.error(e, null);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LibraryViews.ResourceView getResource() {
        return resource;
    }

    public boolean isMissing() {
        return missing;
    }

    public String getTargetCourse() {
        return targetCourse;
    }

    public void setTargetCourse(String targetCourse) {
        this.targetCourse = targetCourse;
    }
}

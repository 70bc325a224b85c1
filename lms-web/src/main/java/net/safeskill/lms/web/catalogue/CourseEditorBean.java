package net.safeskill.lms.web.catalogue;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import net.safeskill.lms.catalogue.application.CourseAuthoringService;
import net.safeskill.lms.catalogue.application.CourseViews;
import net.safeskill.lms.catalogue.domain.model.course.LessonKind;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.web.support.Messages;
import net.safeskill.lms.web.support.Uploads;

/**
 * The course editor (课程编辑) of an institution: details, cover, lessons (video, PDF, SCORM uploads), review,
 * new version, take-down. Every refusal shows the reason and leaves the course as it was.
 */
@Named
@ViewScoped
public class CourseEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Messages.FieldMap LESSON_FIELDS = Messages.FieldMap.of("upload", "lesson:file",
            "scorm", "lesson:file", "lesson.title", "lesson:title", "lesson.length", "lesson:minutes");

    @Inject
    private CourseAuthoringService authoring;

    private String id;
    private CourseViews.CourseView course;
    private CourseForm form;

    private String lessonTitle;
    private String lessonKind = LessonKind.VIDEO.name();
    private Integer lessonMinutes;
    private transient UploadedFile lessonFile;
    private transient UploadedFile coverFile;
    private String withdrawReason;

    private String editingLesson;
    private String editTitle;
    private Integer editMinutes;

    /** f:viewAction: loads the course named by the {@code id} parameter. */
    public String load() {
        try {
            reload();
            return null;
        } catch (DomainException e) {
            return "/error/404.xhtml";
        }
    }

    private void reload() {
        course = authoring.course(id);
        form = CourseForm.of(course);
    }

    public void save() {
        try {
            authoring.describe(id, form.toDetails());
            reload();
            Messages.info("course.saved");
        } catch (DomainException e) {
            Messages.error(e, MyCoursesBean.FIELDS);
        }
    }

    public void uploadCover() {
        if (!Uploads.present(coverFile)) {
            Messages.error("cover:file", "error.upload.empty");
            return;
        }
        try {
            Uploads.withTempFile(coverFile, (file, name, type) -> {
                authoring.changeCover(id, file, name, type);
                return null;
            });
            reload();
            Messages.info("course.coverChanged");
        } catch (DomainException e) {
            Messages.error(e, code -> "cover:file");
        }
    }

    public void addLesson() {
        if (!Uploads.present(lessonFile)) {
            Messages.error("lesson:file", "error.upload.empty");
            return;
        }
        try {
            Uploads.withTempFile(lessonFile, (file, name, type) -> authoring.addLesson(id, lessonTitle,
                    LessonKind.valueOf(lessonKind), lessonMinutes, file, name, type));
            Messages.info("lesson.added", lessonTitle);
            lessonTitle = null;
            lessonMinutes = null;
            reload();
        } catch (DomainException e) {
            Messages.error(e, LESSON_FIELDS);
        }
    }

    public void startEdit(CourseViews.LessonView lesson) {
        editingLesson = lesson.id();
        editTitle = lesson.title();
        editMinutes = (int) Math.max(1, Math.round(lesson.lengthSeconds() / 60.0));
    }

    public void saveLesson() {
        try {
            authoring.changeLesson(id, editingLesson, editTitle, editMinutes == null ? 0 : editMinutes);
            editingLesson = null;
            reload();
            Messages.info("course.saved");
        } catch (DomainException e) {
            Messages.error(e, null);
        }
    }

    public void cancelEdit() {
        editingLesson = null;
    }

    public void removeLesson(String lessonId) {
        run(() -> authoring.removeLesson(id, lessonId), "lesson.removed");
    }

    public void moveLesson(String lessonId, int direction) {
        run(() -> authoring.moveLesson(id, lessonId, direction), null);
    }

    public void submit() {
        run(() -> authoring.submit(id), "course.submitted");
    }

    public String newVersion() {
        try {
            String next = authoring.newVersion(id);
            Messages.info("course.versioned");
            return "/institution/course.xhtml?faces-redirect=true&id=" + next;
        } catch (DomainException e) {
            Messages.error(e, null);
            return null;
        }
    }

    public void withdraw() {
        try {
            authoring.withdraw(id, withdrawReason);
            withdrawReason = null;
            reload();
            Messages.info("course.withdrawn");
        } catch (DomainException e) {
            Messages.error(e, code -> "withdraw:reason");
        }
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            reload();
            if (doneKey != null) {
                Messages.info(doneKey);
            }
        } catch (DomainException e) {
            Messages.error(e, null);
        }
    }

    public boolean isDraft() {
        return course != null && "DRAFT".equals(course.status());
    }

    public LessonKind[] getLessonKinds() {
        return LessonKind.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CourseViews.CourseView getCourse() {
        return course;
    }

    public CourseForm getForm() {
        return form;
    }

    public String getLessonTitle() {
        return lessonTitle;
    }

    public void setLessonTitle(String lessonTitle) {
        this.lessonTitle = lessonTitle;
    }

    public String getLessonKind() {
        return lessonKind;
    }

    public void setLessonKind(String lessonKind) {
        this.lessonKind = lessonKind;
    }

    public Integer getLessonMinutes() {
        return lessonMinutes;
    }

    public void setLessonMinutes(Integer lessonMinutes) {
        this.lessonMinutes = lessonMinutes;
    }

    public UploadedFile getLessonFile() {
        return lessonFile;
    }

    public void setLessonFile(UploadedFile lessonFile) {
        this.lessonFile = lessonFile;
    }

    public UploadedFile getCoverFile() {
        return coverFile;
    }

    public void setCoverFile(UploadedFile coverFile) {
        this.coverFile = coverFile;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    public String getEditingLesson() {
        return editingLesson;
    }

    public String getEditTitle() {
        return editTitle;
    }

    public void setEditTitle(String editTitle) {
        this.editTitle = editTitle;
    }

    public Integer getEditMinutes() {
        return editMinutes;
    }

    public void setEditMinutes(Integer editMinutes) {
        this.editMinutes = editMinutes;
    }
}

package net.safeskill.lms.web.institution;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.shared.application.PlatformClock;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.TrainingType;
import net.safeskill.lms.study.application.TrainingClassService;
import net.safeskill.lms.study.application.TrainingViews;
import net.safeskill.lms.web.support.Messages;

/** The institution's list of training classes and the "new class" form. */
@Named
@ViewScoped
public class ClassesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Messages.FieldMap FIELDS = Messages.FieldMap.of("trainingClass.title", "newClass:title",
            "trainingClass.type", "newClass:type", "course", "newClass:course", "trainingClass.capacity",
            "newClass:capacity", "trainingClass.endBeforeStart", "newClass:end", "trainingClass", "newClass:start");

    @Inject
    private TrainingClassService service;

    private List<TrainingViews.ClassSummary> classes;
    private List<TrainingViews.Choice> courses;

    private String title;
    private String trainingType;
    private String course;
    private LocalDate startDate = PlatformClock.today().plusDays(7);
    private LocalDate endDate = PlatformClock.today().plusDays(9);
    private Integer capacity = 40;

    @PostConstruct
    void init() {
        classes = service.myClasses();
        courses = service.myListedCourses();
    }

    /** Creates the class and opens its page. */
    public String create() {
        try {
            String id = service.create(new TrainingViews.NewClass(title, trainingType, course, startDate, endDate,
                    capacity == null ? 0 : capacity));
            Messages.info("classes.created", title);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/institution/class.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            Messages.error(e, FIELDS);
            return null;
        }
    }

    public TrainingType[] getTrainingTypes() {
        return TrainingType.values();
    }

    public List<TrainingViews.ClassSummary> getClasses() {
        return classes;
    }

    public List<TrainingViews.Choice> getCourses() {
        return courses;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTrainingType() {
        return trainingType;
    }

    public void setTrainingType(String trainingType) {
        this.trainingType = trainingType;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}

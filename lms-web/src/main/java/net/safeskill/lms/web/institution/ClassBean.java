package net.safeskill.lms.web.institution;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.study.application.TrainingClassService;
import net.safeskill.lms.study.application.TrainingViews;
import net.safeskill.lms.web.support.Messages;

/** One training class: its facts, roster (add by ID number or from an enterprise, remove before start) and sessions. */
@Named
@ViewScoped
public class ClassBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Messages.FieldMap PERSON_FIELDS = Messages.FieldMap.of("residentId", "addPerson:residentId",
            "person.notRegistered", "addPerson:residentId", "person", "addPerson:name", "name", "addPerson:name");
    private static final Messages.FieldMap SESSION_FIELDS = Messages.FieldMap.of("classSession.date",
            "newSession:date", "classSession.outsideClass", "newSession:date", "classSession.location",
            "newSession:location", "classSession.teacher", "newSession:teacher", "classSession.mode",
            "newSession:mode", "classSession", "newSession:end");

    @Inject
    private TrainingClassService service;

    private String id;
    private TrainingViews.ClassDetail detail;
    private List<TrainingViews.Choice> enterprises;

    private String residentId;
    private String fullName;
    private String enterprise;
    private String postCategory;

    private LocalDate sessionDate;
    private LocalTime sessionStart = LocalTime.of(9, 0);
    private LocalTime sessionEnd = LocalTime.of(12, 0);
    private String sessionMode = "CLASSROOM";
    private String location;
    private String teacher;

    @PostConstruct
    void init() {
        id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            refresh();
            enterprises = service.enterprises();
            sessionDate = detail.summary().startDate();
        } catch (DomainException e) {
            detail = null;
            Messages.error(e, null);
        }
    }

    private void refresh() {
        detail = service.detail(id);
    }

    public void addPerson() {
        try {
            String name = service.enrolByResidentId(id, residentId, fullName);
            Messages.info("class.roster.added", name);
            residentId = null;
            fullName = null;
            refresh();
        } catch (DomainException e) {
            Messages.error(e, PERSON_FIELDS);
        }
    }

    public void addEmployees() {
        try {
            int added = service.enrolEmployees(id, enterprise, postCategory);
            Messages.info(added == 0 ? "class.roster.noneAdded" : "class.roster.addedMany", added);
            refresh();
        } catch (DomainException e) {
            Messages.error(e, code -> "fromEnterprise:enterprise");
        }
    }

    public void remove(TrainingViews.RosterMember member) {
        try {
            service.removeFromRoster(id, member.person());
            Messages.info("class.roster.removed", member.fullName());
            refresh();
        } catch (DomainException e) {
            Messages.error(e, null);
        }
    }

    public void addSession() {
        try {
            service.addSession(id, new TrainingViews.NewSession(sessionDate, sessionStart, sessionEnd, sessionMode,
                    location, teacher));
            Messages.info("class.session.added", sessionDate);
            refresh();
        } catch (DomainException e) {
            Messages.error(e, SESSION_FIELDS);
        }
    }

    public void removeSession(TrainingViews.SessionView session) {
        try {
            service.removeSession(id, session.id());
            Messages.info("class.session.removed", session.date());
            refresh();
        } catch (DomainException e) {
            Messages.error(e, null);
        }
    }

    public PostCategory[] getPostCategories() {
        return PostCategory.values();
    }

    public String getId() {
        return id;
    }

    public TrainingViews.ClassDetail getDetail() {
        return detail;
    }

    public List<TrainingViews.Choice> getEnterprises() {
        return enterprises;
    }

    public String getResidentId() {
        return residentId;
    }

    public void setResidentId(String residentId) {
        this.residentId = residentId;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(String enterprise) {
        this.enterprise = enterprise;
    }

    public String getPostCategory() {
        return postCategory;
    }

    public void setPostCategory(String postCategory) {
        this.postCategory = postCategory;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public void setSessionDate(LocalDate sessionDate) {
        this.sessionDate = sessionDate;
    }

    public LocalTime getSessionStart() {
        return sessionStart;
    }

    public void setSessionStart(LocalTime sessionStart) {
        this.sessionStart = sessionStart;
    }

    public LocalTime getSessionEnd() {
        return sessionEnd;
    }

    public void setSessionEnd(LocalTime sessionEnd) {
        this.sessionEnd = sessionEnd;
    }

    public String getSessionMode() {
        return sessionMode;
    }

    public void setSessionMode(String sessionMode) {
        this.sessionMode = sessionMode;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getTeacher() {
        return teacher;
    }

    public void setTeacher(String teacher) {
        this.teacher = teacher;
    }
}

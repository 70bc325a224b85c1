package net.safeskill.lms.web.enterprise;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.identity.application.Commands;
import net.safeskill.lms.identity.application.EmployeeService;
import net.safeskill.lms.identity.application.IdentityAdminService;
import net.safeskill.lms.identity.application.Views;
import net.safeskill.lms.identity.domain.model.employment.EmploymentType;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.shared.application.PlatformClock;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.web.support.Messages;

/** The enterprise admin's employee list and the "add employee" / "end employment" forms. */
@Named
@ViewScoped
public class EmployeesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Messages.FieldMap FIELDS = Messages.FieldMap.of("name", "emp:name", "person", "emp:name",
            "residentId", "emp:residentId", "mobile", "emp:mobile", "employment.post", "emp:post",
            "employment.start", "emp:start", "employment.end", "emp:end");

    @Inject
    private EmployeeService employees;

    @Inject
    private IdentityAdminService organisations;

    private Views.OrganisationView organisation;
    private List<Views.EmploymentView> list;
    private boolean currentOnly = true;

    private String fullName;
    private String residentId;
    private String mobile;
    private String post;
    private String postCategory;
    private String employmentType = EmploymentType.DIRECT.name();
    private LocalDate startDate = PlatformClock.today();
    private LocalDate endDate;
    private Commands.AccountCreated created;

    private Views.EmploymentView ending;
    private LocalDate endingDate = PlatformClock.today();

    @PostConstruct
    void init() {
        organisation = organisations.myOrganisation();
        refresh();
    }

    public void refresh() {
        list = employees.employees(currentOnly);
    }

    public void add() {
        created = null;
        try {
            created = employees.addEmployee(new Commands.NewEmployee(fullName, residentId, mobile, post, postCategory,
                    employmentType, startDate, endDate));
            Messages.info(created.newAccount() ? "employees.added.new" : "employees.added.existing",
                    fullName, created.username());
            fullName = null;
            residentId = null;
            mobile = null;
            post = null;
            endDate = null;
            refresh();
        } catch (DomainException e) {
            Messages.error(e, FIELDS);
        }
    }

    public void prepareEnd(Views.EmploymentView e) {
        ending = e;
        endingDate = PlatformClock.today();
    }

    public void end() {
        if (ending == null) {
            return;
        }
        try {
            employees.endEmployment(ending.publicId(), endingDate);
            Messages.info("employees.ended", ending.personName());
            ending = null;
            refresh();
        } catch (DomainException e) {
            Messages.error(e, code -> "endForm:endDate");
        }
    }

    public PostCategory[] getPostCategories() {
        return PostCategory.values();
    }

    public EmploymentType[] getEmploymentTypes() {
        return EmploymentType.values();
    }

    public long getThreeKeyPostCount() {
        return list.stream().filter(e -> e.current() && PostCategory.valueOf(e.postCategory()).isThreeKeyPosts())
                .count();
    }

    public long getCurrentCount() {
        return list.stream().filter(Views.EmploymentView::current).count();
    }

    public Views.OrganisationView getOrganisation() {
        return organisation;
    }

    public List<Views.EmploymentView> getList() {
        return list;
    }

    public boolean isCurrentOnly() {
        return currentOnly;
    }

    public void setCurrentOnly(boolean currentOnly) {
        this.currentOnly = currentOnly;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getResidentId() {
        return residentId;
    }

    public void setResidentId(String residentId) {
        this.residentId = residentId;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public String getPostCategory() {
        return postCategory;
    }

    public void setPostCategory(String postCategory) {
        this.postCategory = postCategory;
    }

    public String getEmploymentType() {
        return employmentType;
    }

    public void setEmploymentType(String employmentType) {
        this.employmentType = employmentType;
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

    public Commands.AccountCreated getCreated() {
        return created;
    }

    public Views.EmploymentView getEnding() {
        return ending;
    }

    public LocalDate getEndingDate() {
        return endingDate;
    }

    public void setEndingDate(LocalDate endingDate) {
        this.endingDate = endingDate;
    }
}

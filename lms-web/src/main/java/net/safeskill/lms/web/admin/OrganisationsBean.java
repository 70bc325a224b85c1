package net.safeskill.lms.web.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.identity.application.Commands;
import net.safeskill.lms.identity.application.IdentityAdminService;
import net.safeskill.lms.identity.application.Views;
import net.safeskill.lms.identity.domain.model.account.Role;
import net.safeskill.lms.shared.domain.model.Industry;
import net.safeskill.lms.identity.domain.model.organisation.OrganisationType;
import net.safeskill.lms.identity.domain.model.organisation.Region;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.web.support.Messages;

/** System admin: organisations, and the administrator accounts of each. */
@Named
@ViewScoped
public class OrganisationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Messages.FieldMap ORG_FIELDS = Messages.FieldMap.of("organisation.name", "org:name",
            "creditCode", "org:creditCode", "organisation.industry", "org:industry", "organisation.region",
            "org:region", "organisation.type", "org:type");
    private static final Messages.FieldMap STAFF_FIELDS = Messages.FieldMap.of("name", "staff:name", "person",
            "staff:name", "residentId", "staff:residentId", "mobile", "staff:mobile", "username", "staff:username",
            "role", "staff:role");

    @Inject
    private IdentityAdminService admin;

    private List<Views.OrganisationView> organisations;
    private String filterType;

    private String name;
    private String type = OrganisationType.ENTERPRISE.name();
    private String creditCode;
    private String region = Region.SUZHOU.name();
    private String industry;
    private String address;
    private String contactPhone;

    private Views.OrganisationView selected;
    private String staffRole;
    private String staffName;
    private String staffResidentId;
    private String staffMobile;
    private String staffUsername;
    private Commands.AccountCreated created;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        organisations = admin.organisations(filterType);
    }

    public void create() {
        try {
            Views.OrganisationView org = admin.createOrganisation(new Commands.NewOrganisation(name, type, creditCode,
                    region, industry, address, contactPhone));
            Messages.info("organisations.created", org.name());
            name = null;
            creditCode = null;
            address = null;
            contactPhone = null;
            refresh();
            select(org);
        } catch (DomainException e) {
            Messages.error(e, ORG_FIELDS);
        }
    }

    public void select(Views.OrganisationView org) {
        selected = org;
        created = null;
        staffRole = rolesFor(org).get(0).name();
    }

    public void createStaff() {
        if (selected == null) {
            return;
        }
        try {
            created = admin.createStaffAccount(new Commands.NewStaffAccount(selected.publicId(), staffRole, staffName,
                    staffResidentId, staffMobile, staffUsername));
            Messages.info(created.newAccount() ? "staff.created" : "staff.linked", staffName, created.username());
            staffName = null;
            staffResidentId = null;
            staffMobile = null;
            staffUsername = null;
        } catch (DomainException e) {
            created = null;
            Messages.error(e, STAFF_FIELDS);
        }
    }

    public List<Role> rolesFor(Views.OrganisationView org) {
        if (org == null) {
            return List.of();
        }
        OrganisationType t = OrganisationType.valueOf(org.type());
        return java.util.Arrays.stream(Role.values()).filter(r -> r.organisationType() == t).toList();
    }

    public List<Role> getSelectedRoles() {
        return rolesFor(selected);
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public Industry[] getIndustries() {
        return Industry.values();
    }

    public List<Views.OrganisationView> getOrganisations() {
        return organisations;
    }

    public String getFilterType() {
        return filterType;
    }

    public void setFilterType(String filterType) {
        this.filterType = filterType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public Views.OrganisationView getSelected() {
        return selected;
    }

    public String getStaffRole() {
        return staffRole;
    }

    public void setStaffRole(String staffRole) {
        this.staffRole = staffRole;
    }

    public String getStaffName() {
        return staffName;
    }

    public void setStaffName(String staffName) {
        this.staffName = staffName;
    }

    public String getStaffResidentId() {
        return staffResidentId;
    }

    public void setStaffResidentId(String staffResidentId) {
        this.staffResidentId = staffResidentId;
    }

    public String getStaffMobile() {
        return staffMobile;
    }

    public void setStaffMobile(String staffMobile) {
        this.staffMobile = staffMobile;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public void setStaffUsername(String staffUsername) {
        this.staffUsername = staffUsername;
    }

    public Commands.AccountCreated getCreated() {
        return created;
    }
}

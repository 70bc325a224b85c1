package net.safeskill.lms.web.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.identity.application.IdentityAdminService;
import net.safeskill.lms.identity.application.Views;
import net.safeskill.lms.web.identity.UserSession;

/**
 * Home of staff roles (institution, exam authority, proctor, regulator): their own organisation and its people.
 * Regulators also get the directory of organisations with counts by type.
 */
@Named
@ViewScoped
public class OrganisationHomeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IdentityAdminService admin;

    @Inject
    private UserSession userSession;

    private Views.OrganisationView organisation;
    private List<Views.AccountView> staff;
    private List<Views.OrganisationView> directory;
    private Map<String, Long> countsByType;

    @PostConstruct
    void init() {
        organisation = admin.myOrganisation();
        staff = admin.myOrganisationStaff();
        if (userSession.hasRole("REGULATOR")) {
            directory = admin.organisations(null);
            countsByType = new TreeMap<>();
            directory.forEach(o -> countsByType.merge(o.type(), 1L, Long::sum));
        }
    }

    public Views.OrganisationView getOrganisation() {
        return organisation;
    }

    public List<Views.AccountView> getStaff() {
        return staff;
    }

    public List<Views.OrganisationView> getDirectory() {
        return directory;
    }

    public List<Map.Entry<String, Long>> getCountsByType() {
        return countsByType == null ? List.of() : List.copyOf(countsByType.entrySet());
    }
}

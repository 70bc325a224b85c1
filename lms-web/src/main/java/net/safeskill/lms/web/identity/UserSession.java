package net.safeskill.lms.web.identity;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import net.safeskill.lms.identity.application.ProfileService;
import net.safeskill.lms.identity.application.Views;
import net.safeskill.lms.identity.domain.model.account.Role;

/**
 * Who is signed in, their role home and the navigation they may see. Navigation lists only pages that exist and
 * that the roles may open; the pages are protected again by web.xml and the services by {@code @RolesAllowed}.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One navigation entry: bundle key of its label, path, and the role it belongs to. */
    public record NavItem(String labelKey, String path, String icon) implements Serializable {
    }

    @Inject
    private ProfileService profiles;

    private Views.ProfileView profile;

    public boolean isSignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }

    public Views.ProfileView getProfile() {
        if (profile == null && isSignedIn()) {
            profile = profiles.myProfile();
        }
        return profile;
    }

    public void reset() {
        profile = null;
    }

    public boolean hasRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    /** Role home pages, in order of precedence (Role's declaration order). */
    public static String homePath(Role role) {
        return switch (role) {
            case SYSTEM_ADMIN -> "/admin/home.xhtml";
            case REGULATOR -> "/regulator/home.xhtml";
            case EXAM_ADMIN -> "/exam/home.xhtml";
            case PROCTOR -> "/proctor/home.xhtml";
            case INSTITUTION_ADMIN -> "/institution/home.xhtml";
            case ENTERPRISE_ADMIN -> "/enterprise/home.xhtml";
            case LEARNER -> "/learner/home.xhtml";
        };
    }

    public String homeOf(Collection<String> roles) {
        if (roles != null) {
            for (Role r : Role.values()) {
                if (roles.contains(r.name())) {
                    return homePath(r);
                }
            }
        }
        return "/learner/home.xhtml";
    }

    public String getHome() {
        List<String> mine = new ArrayList<>();
        for (Role r : Role.values()) {
            if (hasRole(r.name())) {
                mine.add(r.name());
            }
        }
        return homeOf(mine);
    }

    /** For {@code /index.xhtml}: the role home, or the password page while a change is required. */
    public String goHome() {
        if (getProfile() != null && getProfile().mustChangePassword()) {
            return "/account/password.xhtml?faces-redirect=true";
        }
        return getHome() + "?faces-redirect=true";
    }

    public List<NavItem> getNavigation() {
        List<NavItem> items = new ArrayList<>();
        // the course supermarket and the shared library: every signed-in user
        items.add(new NavItem("nav.catalogue", "/catalogue/index.xhtml", "pi pi-shopping-bag"));
        if (hasRole(Role.SYSTEM_ADMIN.name())) {
            items.add(new NavItem("nav.admin.organisations", "/admin/home.xhtml", "pi pi-building"));
            items.add(new NavItem("nav.admin.accounts", "/admin/accounts.xhtml", "pi pi-users"));
            items.add(new NavItem("nav.audit", "/admin/audit.xhtml", "pi pi-history"));
            items.add(new NavItem("nav.requirements", "/admin/requirements.xhtml", "pi pi-sliders-h"));
            items.add(new NavItem("nav.admin.search", "/admin/search.xhtml", "pi pi-search"));
        }
        if (hasRole(Role.SYSTEM_ADMIN.name()) || hasRole(Role.INSTITUTION_ADMIN.name())) {
            items.add(new NavItem("nav.library", "/library/manage.xhtml", "pi pi-folder-open"));
        }
        if (hasRole(Role.REGULATOR.name())) {
            items.add(new NavItem("nav.regulator.home", "/regulator/home.xhtml", "pi pi-chart-bar"));
            items.add(new NavItem("nav.audit", "/regulator/audit.xhtml", "pi pi-history"));
            items.add(new NavItem("nav.requirements", "/regulator/requirements.xhtml", "pi pi-sliders-h"));
        }
        if (hasRole(Role.REGULATOR.name()) || hasRole(Role.SYSTEM_ADMIN.name())) {
            items.add(new NavItem("nav.review.courses", "/review/courses.xhtml", "pi pi-check-square"));
        }
        if (hasRole(Role.EXAM_ADMIN.name())) {
            items.add(new NavItem("nav.exam.home", "/exam/home.xhtml", "pi pi-file-edit"));
        }
        if (hasRole(Role.PROCTOR.name())) {
            items.add(new NavItem("nav.proctor.home", "/proctor/home.xhtml", "pi pi-video"));
        }
        if (hasRole(Role.INSTITUTION_ADMIN.name())) {
            items.add(new NavItem("nav.institution.home", "/institution/home.xhtml", "pi pi-book"));
            items.add(new NavItem("nav.institution.courses", "/institution/courses.xhtml", "pi pi-video"));
            items.add(new NavItem("nav.institution.classes", "/institution/classes.xhtml", "pi pi-calendar"));
        }
        if (hasRole(Role.ENTERPRISE_ADMIN.name())) {
            items.add(new NavItem("nav.enterprise.home", "/enterprise/home.xhtml", "pi pi-id-card"));
            items.add(new NavItem("nav.enterprise.assign", "/enterprise/assign.xhtml", "pi pi-send"));
            items.add(new NavItem("nav.enterprise.progress", "/enterprise/progress.xhtml", "pi pi-chart-bar"));
        }
        if (hasRole(Role.LEARNER.name())) {
            items.add(new NavItem("nav.learner.home", "/learner/home.xhtml", "pi pi-user"));
            items.add(new NavItem("nav.learner.requirements", "/learner/requirements.xhtml", "pi pi-check-square"));
        }
        items.add(new NavItem("nav.password", "/account/password.xhtml", "pi pi-key"));
        return items;
    }

    public Set<String> getRoles() {
        return getProfile() == null ? Set.of() : getProfile().roles();
    }

    public void logout() throws IOException, ServletException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        request.logout();
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/login.xhtml");
    }
}

package net.safeskill.lms.web.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.identity.application.IdentityAdminService;
import net.safeskill.lms.identity.application.Views;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.web.support.Messages;

/** System admin: find accounts, enable or disable them. */
@Named
@ViewScoped
public class AccountsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IdentityAdminService admin;

    private String query;
    private List<Views.AccountView> accounts;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        accounts = admin.accounts(query);
    }

    public void toggle(Views.AccountView account) {
        try {
            admin.setEnabled(account.username(), !account.enabled());
            Messages.info(account.enabled() ? "accounts.disabled" : "accounts.enabled", account.username());
            search();
        } catch (DomainException e) {
            Messages.error(e, null);
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<Views.AccountView> getAccounts() {
        return accounts;
    }
}

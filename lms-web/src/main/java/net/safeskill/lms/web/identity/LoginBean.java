package net.safeskill.lms.web.identity;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import net.safeskill.lms.identity.application.AuthenticationResult;
import net.safeskill.lms.web.i18n.LocaleBean;
import net.safeskill.lms.web.security.LoginOutcome;
import net.safeskill.lms.web.support.Messages;

/** The login form: account (user name / resident ID / mobile) and password. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LoginOutcome outcome;

    @Inject
    private LocaleBean localeBean;

    @Inject
    private UserSession userSession;

    private String identifier;
    private String password;

    public void login() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        HttpServletResponse response = (HttpServletResponse) ec.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(identifier == null ? "" : identifier.strip(),
                                password == null ? "" : password))
                        .newAuthentication(true));
        AuthenticationResult result = outcome.get();
        password = null;
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            request.changeSessionId();
            if (result != null && result.preferredLocale() != null) {
                localeBean.apply(result.preferredLocale(), false);
            }
            userSession.reset();
            if (status == AuthenticationStatus.SEND_CONTINUE) {
                fc.responseComplete();
                return;
            }
            String target = result != null && result.mustChangePassword() ? "/account/password.xhtml"
                    : userSession.homeOf(result == null ? null : result.roles());
            ec.redirect(ec.getRequestContextPath() + target);
            return;
        }
        String key = "login.failed";
        if (result != null) {
            switch (result.outcome()) {
                case THROTTLED -> key = "login.throttled";
                case DISABLED -> key = "login.disabled";
                default -> key = "login.failed";
            }
        }
        Messages.error(null, key);
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

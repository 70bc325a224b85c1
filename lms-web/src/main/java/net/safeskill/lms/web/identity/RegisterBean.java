package net.safeskill.lms.web.identity;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.identity.application.RegistrationService;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.web.support.Messages;

/** Real-name self-registration (实名注册). On any error the form keeps what was typed (except passwords). */
@Named
@ViewScoped
public class RegisterBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Messages.FieldMap FIELDS = Messages.FieldMap.of(
            "name", "reg:name", "residentId", "reg:residentId", "mobile", "reg:mobile", "password", "reg:password");

    @Inject
    private RegistrationService registration;

    private String fullName;
    private String residentId;
    private String mobile;
    private String password;
    private String passwordRepeat;
    private boolean consent;

    public void register() throws IOException {
        if (password == null || !password.equals(passwordRepeat)) {
            Messages.error("reg:passwordRepeat", "error.password.mismatch");
            return;
        }
        if (!consent) {
            Messages.error("reg:consent", "error.consent.required");
            return;
        }
        try {
            String username = registration.registerWorker(fullName, residentId, mobile, password);
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.getFlash().setKeepMessages(true);
            Messages.info("register.success", username);
            ec.redirect(ec.getRequestContextPath() + "/login.xhtml");
        } catch (DomainException e) {
            Messages.error(e, FIELDS);
        } finally {
            password = null;
            passwordRepeat = null;
        }
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}

package net.safeskill.lms.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.identity.application.ProfileService;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.web.support.Messages;

/** Changing one's own password (required after an administrator created the account). */
@Named
@RequestScoped
public class PasswordBean {

    private static final Messages.FieldMap FIELDS = Messages.FieldMap.of("password", "pwd:newPassword");

    @Inject
    private ProfileService profiles;

    @Inject
    private UserSession userSession;

    private String current;
    private String newPassword;
    private String repeat;

    public void change() {
        try {
            if (newPassword == null || !newPassword.equals(repeat)) {
                Messages.error("pwd:repeat", "error.password.mismatch");
                return;
            }
            profiles.changePassword(current, newPassword);
            userSession.reset();
            Messages.info("password.changed");
        } catch (DomainException e) {
            Messages.error(e, "password.currentWrong".equals(e.code()) ? code -> "pwd:current" : FIELDS);
        } finally {
            current = null;
            newPassword = null;
            repeat = null;
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}

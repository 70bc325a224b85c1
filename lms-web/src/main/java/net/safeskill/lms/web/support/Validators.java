package net.safeskill.lms.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

import net.safeskill.lms.identity.domain.model.account.PasswordPolicy;
import net.safeskill.lms.identity.domain.model.organisation.UnifiedSocialCreditCode;
import net.safeskill.lms.identity.domain.model.person.MobileNumber;
import net.safeskill.lms.identity.domain.model.person.PersonName;
import net.safeskill.lms.identity.domain.model.person.ResidentIdNumber;
import net.safeskill.lms.shared.domain.DomainException;

/**
 * Field validators that run the domain's own rules as the user types, so every wrong field is reported at once,
 * in the user's language. The services check again; these only make the form friendlier.
 */
public final class Validators {

    private Validators() {
    }

    static void check(Runnable rule) {
        try {
            rule.run();
        } catch (DomainException e) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text("error." + e.code(), e.args()), null));
        }
    }

    static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }

    @FacesValidator("residentId")
    public static class ResidentId implements Validator<Object> {
        @Override
        public void validate(FacesContext context, UIComponent component, Object value) {
            check(() -> ResidentIdNumber.parse(value == null ? null : value.toString()));
        }
    }

    @FacesValidator("mobile")
    public static class Mobile implements Validator<Object> {
        @Override
        public void validate(FacesContext context, UIComponent component, Object value) {
            if (!blank(value) || Boolean.TRUE.equals(component.getAttributes().get("required"))) {
                check(() -> MobileNumber.parse(value == null ? null : value.toString()));
            }
        }
    }

    @FacesValidator("personName")
    public static class Name implements Validator<Object> {
        @Override
        public void validate(FacesContext context, UIComponent component, Object value) {
            check(() -> PersonName.normalise(value == null ? null : value.toString()));
        }
    }

    /** The password rules that need no personal data; the service adds the personal-data rule. */
    @FacesValidator("password")
    public static class Password implements Validator<Object> {
        @Override
        public void validate(FacesContext context, UIComponent component, Object value) {
            check(() -> PasswordPolicy.check(value == null ? null : value.toString()));
        }
    }

    @FacesValidator("creditCode")
    public static class CreditCode implements Validator<Object> {
        @Override
        public void validate(FacesContext context, UIComponent component, Object value) {
            if (!blank(value)) {
                check(() -> UnifiedSocialCreditCode.parse(value.toString()));
            }
        }
    }
}

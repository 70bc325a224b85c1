package net.safeskill.lms.web.support;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * Puts messages from the {@code messages} bundle into the Faces context, in the view's language. Domain error
 * codes become {@code error.<code>} keys, so the domain never holds user-facing text.
 */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        ResourceBundle bundle = fc.getApplication().getResourceBundle(fc, "msg");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.unknown") + " (" + key + ")";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, fc.getViewRoot().getLocale()).format(args);
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public static void error(String clientIdOrNull, String key, Object... args) {
        add(clientIdOrNull, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** Shows a domain error next to the field it concerns (if the page has it) or at the top. */
    public static void error(DomainException e, FieldMap fields) {
        add(fields == null ? null : fields.clientIdFor(e.code()), FacesMessage.SEVERITY_ERROR,
                text("error." + e.code(), e.args()));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.addMessage(clientId, new FacesMessage(severity, text, null));
        if (severity == FacesMessage.SEVERITY_ERROR) {
            fc.validationFailed();
        }
    }

    /** Maps the prefix of an error code (e.g. {@code residentId}) to the client id of the form field. */
    @FunctionalInterface
    public interface FieldMap {
        String clientIdFor(String code);

        static FieldMap of(String... prefixAndClientId) {
            return code -> {
                for (int i = 0; i + 1 < prefixAndClientId.length; i += 2) {
                    if (code.startsWith(prefixAndClientId[i])) {
                        return prefixAndClientId[i + 1];
                    }
                }
                return null;
            };
        }
    }
}

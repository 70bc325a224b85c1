package net.safeskill.lms.web.rest;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.web.i18n.LocaleBean;

/**
 * How the REST resources answer a refused request: a broken domain rule is 400 (404 for "not found" codes) with its
 * code and the message in the user's language; a caller without the right role is 403. Never a stack trace.
 */
public final class RestErrors {

    private RestErrors() {
    }

    static Response of(DomainException e, Locale locale) {
        Response.Status status = e.code().endsWith("notFound") || e.code().endsWith("NotFound")
                ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST;
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", e.code(), "message", text(locale, "error." + e.code(), e.args()))).build();
    }

    static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            pattern = bundle.getString("error.unknown");
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A domain rule refused the request. */
    @Provider
    public static class DomainExceptionMapper implements ExceptionMapper<DomainException> {

        @Inject
        private LocaleBean locale;

        @Override
        public Response toResponse(DomainException e) {
            return of(e, locale.getLocale());
        }
    }

    /** The caller's roles do not allow the call. */
    @Provider
    public static class AccessMapper implements ExceptionMapper<EJBAccessException> {

        @Override
        public Response toResponse(EJBAccessException e) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "forbidden")).build();
        }
    }
}

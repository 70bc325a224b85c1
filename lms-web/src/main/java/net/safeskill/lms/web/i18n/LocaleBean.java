package net.safeskill.lms.web.i18n;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import net.safeskill.lms.identity.application.ProfileService;

/**
 * The UI language of this browser session: Chinese (zh_CN) by default whatever the browser asks for, English on
 * request. The choice is kept in a cookie (for the login page next time) and, once signed in, on the account.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final String COOKIE = "lms_lang";

    @Inject
    private ProfileService profiles;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromCookie();
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isEnglish() {
        return "en".equals(getLanguage());
    }

    /** Switches language and stays on the same page (a POST, so protected by the view state). */
    public String switchTo(String language) {
        apply(language, true);
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getViewRoot().setLocale(getLocale());
        String viewId = fc.getViewRoot().getViewId();
        return viewId + "?faces-redirect=true&includeViewParams=true";
    }

    /** Applies a language without navigation (after login, from the account's preference). */
    public void apply(String language, boolean remember) {
        locale = "en".equals(language) ? Locale.ENGLISH : CHINESE;
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(365 * 24 * 3600);
        ((HttpServletResponse) ec.getResponse()).addCookie(cookie);
        if (remember && ec.getUserPrincipal() != null) {
            profiles.preferLocale(locale.getLanguage());
        }
    }

    private Locale fromCookie() {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (fc != null) {
            Cookie[] cookies = ((HttpServletRequest) fc.getExternalContext().getRequest()).getCookies();
            if (cookies != null) {
                for (Cookie c : cookies) {
                    if (COOKIE.equals(c.getName()) && "en".equals(c.getValue())) {
                        return Locale.ENGLISH;
                    }
                }
            }
        }
        return CHINESE;
    }
}

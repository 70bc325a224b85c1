package net.safeskill.lms.web.rest;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import net.safeskill.lms.identity.application.ProfileService;
import net.safeskill.lms.identity.application.Views;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.web.security.CsrfToken;

/**
 * The signed-in user, for scripts in pages and for mobile clients: who am I (with the CSRF token to use), and the
 * language preference. Protected by web.xml (authenticated users) and by the service's roles.
 */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private ProfileService profiles;

    @Inject
    private CsrfToken csrf;

    @GET
    public Map<String, Object> me() {
        Views.ProfileView p = profiles.myProfile();
        return Map.of("username", p.username(), "name", p.fullName(), "roles", p.roles(),
                "home", p.primaryRole(), "csrfToken", csrf.getToken());
    }

    @PUT
    @Path("/locale")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response locale(Map<String, String> body) {
        String language = body == null ? null : body.get("language");
        if (!"zh".equals(language) && !"en".equals(language)) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("error", "locale.unsupported")).build();
        }
        try {
            profiles.preferLocale(language);
        } catch (DomainException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("error", e.code())).build();
        }
        return Response.noContent().build();
    }
}

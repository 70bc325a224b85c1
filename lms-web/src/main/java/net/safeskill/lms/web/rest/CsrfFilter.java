package net.safeskill.lms.web.rest;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import net.safeskill.lms.web.security.CsrfToken;

/** Refuses POST, PUT, PATCH and DELETE without the session's CSRF token (403). */
@Provider
public class CsrfFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    private CsrfToken csrf;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        if (!csrf.matches(request.getHeaderString(CsrfToken.HEADER))) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                    .entity("{\"error\":\"csrf\"}").build());
        }
    }
}

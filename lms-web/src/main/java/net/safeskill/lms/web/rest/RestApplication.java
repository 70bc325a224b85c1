package net.safeskill.lms.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS resources live under {@code /api}. State-changing calls need the session's CSRF token. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}

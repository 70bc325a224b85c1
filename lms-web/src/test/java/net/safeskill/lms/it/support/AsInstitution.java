package net.safeskill.lms.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo user {@code institution} with role {@code INSTITUTION_ADMIN}. */
@Stateless
@RunAs("INSTITUTION_ADMIN")
@RunAsPrincipal("institution")
@PermitAll
public class AsInstitution extends RunAsCaller {
}

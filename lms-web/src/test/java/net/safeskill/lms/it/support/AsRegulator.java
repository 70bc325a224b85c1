package net.safeskill.lms.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo user {@code regulator} with role {@code REGULATOR}. */
@Stateless
@RunAs("REGULATOR")
@RunAsPrincipal("regulator")
@PermitAll
public class AsRegulator extends RunAsCaller {
}

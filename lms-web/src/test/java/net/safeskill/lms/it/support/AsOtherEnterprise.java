package net.safeskill.lms.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo user {@code yyenterprise} with role {@code ENTERPRISE_ADMIN}. */
@Stateless
@RunAs("ENTERPRISE_ADMIN")
@RunAsPrincipal("yyenterprise")
@PermitAll
public class AsOtherEnterprise extends RunAsCaller {
}

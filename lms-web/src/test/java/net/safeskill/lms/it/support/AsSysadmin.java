package net.safeskill.lms.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo user {@code sysadmin} with role {@code SYSTEM_ADMIN}. */
@Stateless
@RunAs("SYSTEM_ADMIN")
@RunAsPrincipal("sysadmin")
@PermitAll
public class AsSysadmin extends RunAsCaller {
}

package net.safeskill.lms.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo user {@code worker} with role {@code LEARNER}. */
@Stateless
@RunAs("LEARNER")
@RunAsPrincipal("worker")
@PermitAll
public class AsWorker extends RunAsCaller {
}

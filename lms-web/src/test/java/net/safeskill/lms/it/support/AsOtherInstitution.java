package net.safeskill.lms.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test code as {@code itinst2}, the admin of a second training institution that {@code TrainingProgressIT}
 * creates through the real services (the demo data has only one institution).
 */
@Stateless
@RunAs("INSTITUTION_ADMIN")
@RunAsPrincipal("itinst2")
@PermitAll
public class AsOtherInstitution extends RunAsCaller {
}

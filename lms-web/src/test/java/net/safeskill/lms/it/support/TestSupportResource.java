package net.safeskill.lms.it.support;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Duration;

import net.safeskill.lms.study.application.StudyRulesSource;
import net.safeskill.lms.study.application.StudyService;
import net.safeskill.lms.study.domain.model.session.StudyRules;

/**
 * TEST DEPLOYMENTS ONLY (added by {@link Deployments#platformWithTests}, never in the shipped WAR): lets a browser
 * journey read the digits of its own pending presence check, which a person reads from the picture (only for the
 * signed-in learner's own session, through the real service), and shorten a region's presence-check interval.
 */
@Path("/test-support")
public class TestSupportResource {

    @Inject
    private StudyService study;

    @Inject
    private StudyRulesSource rules;

    /** Sets the presence-check interval of a region (minutes; 0 = back to the defaults), for journeys that wait for one. */
    @PUT
    @Path("/presence-interval/{region}/{minutes}")
    public Response presenceInterval(@PathParam("region") String region, @PathParam("minutes") int minutes) {
        StudyRules d = StudyRules.defaults();
        rules.change(region, minutes == 0 ? d : new StudyRules(d.maxCreditPerBeat(), d.maxPlaybackRate(),
                d.seekTolerance(), Duration.ofMinutes(minutes), Duration.ofMinutes(minutes), d.presenceAnswerTime(),
                d.presenceTries(), d.dailyOnlineCap(), d.creditHour()), "test-support");
        return Response.noContent().build();
    }

    @GET
    @Path("/challenge/{session}/{nonce}")
    @Produces(MediaType.TEXT_PLAIN)
    public Response digits(@PathParam("session") String session, @PathParam("nonce") String nonce) {
        return study.challengeDigits(session, nonce).map(d -> Response.ok(d).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }
}

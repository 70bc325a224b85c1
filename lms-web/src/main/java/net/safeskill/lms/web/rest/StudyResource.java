package net.safeskill.lms.web.rest;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import net.safeskill.lms.study.application.StudyService;
import net.safeskill.lms.study.application.StudyViews;
import net.safeskill.lms.study.domain.model.session.HeartbeatReport;
import net.safeskill.lms.web.support.ChallengeImage;

/**
 * The study page's conversation with the server (C1, C2): open a lesson, send heartbeats, answer presence checks,
 * fetch the challenge picture, end. The browser only reports; the server decides what is credited. POSTs need the
 * session's CSRF token (X-CSRF-Token), every call the caller's own session token.
 */
@Path("/study")
@Produces(MediaType.APPLICATION_JSON)
public class StudyResource {

    /** What the page reports with each heartbeat. */
    public record Beat(long seq, boolean visible, boolean playing, double rate, Double position) {
    }

    /** An answer to a presence check. */
    public record Answer(String nonce, String answer) {
    }

    @Inject
    private StudyService study;

    @POST
    @Path("/lessons/{lesson}/sessions")
    public StudyViews.Started start(@PathParam("lesson") String lesson) {
        return study.start(lesson);
    }

    @POST
    @Path("/sessions/{session}/beats")
    @Consumes(MediaType.APPLICATION_JSON)
    public StudyViews.Beat beat(@PathParam("session") String session, Beat beat) {
        if (beat == null) {
            throw new net.safeskill.lms.shared.domain.DomainException("study.badHeartbeat");
        }
        return study.heartbeat(session,
                new HeartbeatReport(beat.seq(), beat.visible(), beat.playing(), beat.rate(), beat.position()));
    }

    @POST
    @Path("/sessions/{session}/presence")
    @Consumes(MediaType.APPLICATION_JSON)
    public StudyViews.PresenceAnswer answer(@PathParam("session") String session, Answer answer) {
        return study.answerPresence(session, answer == null ? null : answer.nonce(),
                answer == null ? null : answer.answer());
    }

    /** The digits of a pending presence check drawn as a picture (not text a script could read from the page). */
    @GET
    @Path("/sessions/{session}/challenge/{nonce}")
    @Produces("image/png")
    public Response challenge(@PathParam("session") String session, @PathParam("nonce") String nonce) {
        return study.challengeDigits(session, nonce).map(digits -> {
            ByteArrayOutputStream png = ChallengeImage.render(digits);
            CacheControl noStore = new CacheControl();
            noStore.setNoStore(true);
            return Response.ok(png.toByteArray(), "image/png").cacheControl(noStore).build();
        }).orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }

    @POST
    @Path("/sessions/{session}/end")
    public Map<String, Boolean> end(@PathParam("session") String session) {
        study.end(session);
        return Map.of("ended", true);
    }
}

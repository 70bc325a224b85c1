package net.safeskill.lms.web.rest;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.study.application.ScormRuntimeService;
import net.safeskill.lms.study.application.StudyViews;

/**
 * The SCORM runtime's server (B1): the player loads the data to resume from, and scorm-again commits the cmi data
 * here ({@code lmsCommitUrl}, JSON). Answers in the form scorm-again expects: {@code {"result": true, "errorCode": 0}};
 * a refused commit answers {@code result: false} with SCORM's general commit error (391) and changes nothing.
 */
@Path("/scorm/{lesson}")
@Produces(MediaType.APPLICATION_JSON)
public class ScormResource {

    /** SCORM 2004 "General Commit Failure" (SCORM 1.2 has only 101, general exception). */
    private static final int COMMIT_FAILURE = 391;

    @Inject
    private ScormRuntimeService runtime;

    @GET
    public StudyViews.ScormLaunch launch(@PathParam("lesson") String lesson) {
        return runtime.launch(lesson);
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Response commit(@PathParam("lesson") String lesson, String body) {
        try {
            StudyViews.ScormLaunch saved = runtime.commit(lesson, body);
            return Response.ok(Map.of("result", true, "errorCode", 0, "completion", saved.completion(),
                    "success", saved.success())).build();
        } catch (DomainException e) {
            if (e.code().endsWith("notFound") || e.code().startsWith("study.")) {
                throw e;
            }
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Map.of("result", false, "errorCode", COMMIT_FAILURE, "error", e.code())).build();
        }
    }
}

package org.xcbir.study.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xcbir.study.FlowStage;
import org.xcbir.study.StudyService;
import org.xcbir.study.StudyService.ParticipationView;

/**
 * A participant's way through their study: join (self-registration, no log-in yet), then each step as the logged-in
 * participant. Every step names the stage it finishes; repeating a finished step changes nothing, and a step that
 * comes too early is refused with 409 and the reason.
 */
@Path("participation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "participation")
public class ParticipationResource {

    @Inject
    private StudyService studies;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    /** {@code invitation} only for invitation-only studies. */
    public record Registration(String username, String password, String invitation) {}

    @POST
    @Path("join/{studyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Join an open study: {username, password, invitation (the code, for invitation-only "
            + "studies)}; creates the account and hands out the HIT (no log-in needed)")
    public Response join(@PathParam("studyId") long studyId, Registration registration) {
        if (registration == null || registration.username() == null || registration.password() == null) {
            throw new BadRequestException("Send {\"username\", \"password\"}.");
        }
        ParticipationView joined = studies.join(studyId, registration.username(), registration.password().toCharArray(),
                registration.invitation());
        return Response.created(uri.getBaseUriBuilder().path("participation").build()).entity(joined).build();
    }

    @GET
    @Operation(summary = "Where you are in your study and what this stage needs")
    public ParticipationView current() {
        return studies.participation(me());
    }

    @POST
    @Path("tutorial")
    @Operation(summary = "Finish the tutorial")
    public ParticipationView finishTutorial() {
        return studies.finishTutorial(me());
    }

    @POST
    @Path("tasks/{n}/start")
    @Operation(summary = "Open the search session of task n (1 or 2); repeated calls give the same session")
    public ParticipationView startTask(@PathParam("n") int taskNumber) {
        return studies.startTask(me(), checkedTask(taskNumber));
    }

    @POST
    @Path("tasks/{n}/finish")
    @Operation(summary = "Finish task n: allowed once the target count of relevant images is marked or time is up")
    public ParticipationView finishTask(@PathParam("n") int taskNumber) {
        return studies.finishTask(me(), checkedTask(taskNumber));
    }

    @POST
    @Path("questionnaires/{stage}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer QUESTIONNAIRE_1, QUESTIONNAIRE_2 or FINAL_QUESTIONNAIRE: {statementId: 1..6, …}")
    public ParticipationView answer(@PathParam("stage") String stage, Map<String, Integer> answers) {
        FlowStage questionnaire;
        try {
            questionnaire = FlowStage.valueOf(stage);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("No questionnaire " + stage + ".");
        }
        return studies.submitQuestionnaire(me(), questionnaire, answers == null ? Map.of() : answers);
    }

    private static int checkedTask(int taskNumber) {
        if (taskNumber != 1 && taskNumber != 2) {
            throw new BadRequestException("A HIT has tasks 1 and 2, not " + taskNumber + ".");
        }
        return taskNumber;
    }

    private String me() {
        return security.getUserPrincipal().getName();
    }
}

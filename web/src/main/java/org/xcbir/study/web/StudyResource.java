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
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xcbir.statistics.TaskResultCsv;
import org.xcbir.study.StudyService;
import org.xcbir.study.StudyService.Definition;
import org.xcbir.study.StudyService.ParticipantSummary;
import org.xcbir.study.StudyService.StudyView;

/** Studies for researchers and admins: define, open, close, and see who takes part (web.xml restricts the path). */
@Path("studies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "studies")
public class StudyResource {

    @Inject
    private StudyService studies;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "All studies, newest first")
    public List<StudyView> list() {
        return studies.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define a study: {name, archiveId, enrolment, targetCount, timeLimitSeconds, minimumServings, "
            + "seed, tutorial, pool: [{imageId, targetClass}]}; it starts as DRAFT")
    public Response create(Definition definition) {
        if (definition == null) {
            throw new BadRequestException("Send the study's definition as JSON; see /openapi.");
        }
        StudyView created = studies.create(security.getUserPrincipal().getName(), definition);
        return Response.created(uri.getBaseUriBuilder().path("studies").path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    public record PoolRequest(Long archiveId, Integer classes, Integer imagesPerClass, Integer targetCount, Long seed) {}

    @POST
    @Path("pool-proposal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a query pool from an archive's ground truth: {archiveId, classes, imagesPerClass "
            + "(default 2), targetCount (default 12), seed}; classes balanced over Confuser and Area quartiles")
    public StudyService.PoolProposal proposePool(PoolRequest request) {
        if (request == null || request.archiveId() == null || request.classes() == null) {
            throw new BadRequestException("Send {\"archiveId\", \"classes\", \"imagesPerClass\", \"targetCount\", \"seed\"}.");
        }
        return studies.proposePool(request.archiveId(), request.classes(),
                request.imagesPerClass() == null ? 2 : request.imagesPerClass(),
                request.targetCount() == null ? 12 : request.targetCount(), request.seed() == null ? 1 : request.seed());
    }

    @GET
    @Path("{id}")
    public StudyView get(@PathParam("id") long id) {
        return studies.get(id);
    }

    @POST
    @Path("{id}/open")
    @Operation(summary = "Open the study to participants")
    public StudyView open(@PathParam("id") long id) {
        return studies.open(id);
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close the study: nobody new joins, unfinished participants cannot go on")
    public StudyView close(@PathParam("id") long id) {
        return studies.close(id);
    }

    @GET
    @Path("{id}/tasks.csv")
    @Produces("text/csv")
    @Operation(summary = "One row per finished task (nP, false positives, nA, refinements, T) in the CSV format "
            + "bin/xcbir stats reads")
    public Response tasks(@PathParam("id") long id) throws IOException {
        StringBuilder csv = new StringBuilder();
        TaskResultCsv.write(csv, studies.taskResults(id));
        return Response.ok(csv.toString()).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"study-" + id + "-tasks.csv\"").build();
    }

    @GET
    @Path("{id}/participants")
    @Operation(summary = "Participants with their task pair, condition order, status and stage")
    public List<ParticipantSummary> participants(@PathParam("id") long id) {
        return studies.participants(id);
    }
}

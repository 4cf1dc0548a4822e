package org.xcbir.study.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xcbir.admin.web.api.Downloads;
import org.xcbir.statistics.ClassArchiveStatsCsv;
import org.xcbir.statistics.LikertAnswerCsv;
import org.xcbir.admin.BatchJobs;
import org.xcbir.statistics.PermutationSettings;
import org.xcbir.statistics.StudyStatistics;
import org.xcbir.statistics.TaskResultCsv;
import org.xcbir.study.StudyService;
import org.xcbir.study.StudySimulation;
import org.xcbir.study.simulation.SimulationSettings;
import org.xcbir.study.StudyService.Definition;
import org.xcbir.study.StudyService.EventView;
import org.xcbir.study.StudyService.InvitationView;
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

    @Inject
    private StudyStatistics statistics;

    @Inject
    private StudySimulation simulation;

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
            + "seed, tutorial, tutorialImageIds, statements ('PLACEMENT | id | text' lines; the paper's when absent), "
            + "pool: [{imageId, targetClass}]}; it starts as DRAFT")
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
        return csv("study-" + id + "-tasks.csv", csv -> TaskResultCsv.write(csv, studies.taskResults(id)));
    }

    @GET
    @Path("{id}/answers.csv")
    @Produces("text/csv")
    @Operation(summary = "Every questionnaire answer (participant, context NO_XAI|WITH_XAI|FINAL, statement, level) "
            + "in the CSV format bin/xcbir stats --questionnaire reads")
    public Response answers(@PathParam("id") long id) throws IOException {
        return csv("study-" + id + "-answers.csv", csv -> LikertAnswerCsv.write(csv, studies.answers(id)));
    }

    @GET
    @Path("{id}/classes.csv")
    @Produces("text/csv")
    @Operation(summary = "Confuser and Area of the archive's classes, as bin/xcbir stats --class-stats reads them")
    public Response classes(@PathParam("id") long id) throws IOException {
        return csv("study-" + id + "-classes.csv", csv -> ClassArchiveStatsCsv.write(csv, studies.classStatistics(id)));
    }

    @GET
    @Path("{id}/events.csv")
    @Produces("text/csv")
    @Operation(summary = "The raw event log: one row per event (server time, participant, type, task, condition, "
            + "image, detail), oldest first")
    public Response events(@PathParam("id") long id) throws IOException {
        return csv("study-" + id + "-events.csv", csv -> {
            try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader("event_id", "at", "participant", "type",
                    "task", "condition", "image_id", "detail").build().print(csv)) {
                for (EventView event : studies.events(id)) {
                    printer.printRecord(event.id(), event.at(), event.participant(), event.type(), event.task(),
                            event.condition(), event.imageId(), event.detail());
                }
            }
        });
    }

    public record StatisticsRequest(Boolean includeSimulated, Integer permutations, Long seed) {}

    @POST
    @Path("{id}/statistics")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the statistics job: {includeSimulated (false), permutations (10000), seed (the "
            + "study's)}; 202 with the job execution")
    public Response computeStatistics(@PathParam("id") long id, StatisticsRequest request) {
        StatisticsRequest options = request == null ? new StatisticsRequest(null, null, null) : request;
        long execution = statistics.start(id, Boolean.TRUE.equals(options.includeSimulated()),
                options.permutations() == null ? PermutationSettings.PAPER_PERMUTATIONS : options.permutations(),
                options.seed() == null ? studies.get(id).seed() : options.seed());
        return Response.accepted(statistics.job(execution)).build();
    }

    @GET
    @Path("{id}/statistics/jobs/{execution}")
    @Operation(summary = "State of a statistics job execution")
    public StudyStatistics.JobState statisticsJob(@PathParam("id") long id, @PathParam("execution") long execution) {
        return statistics.job(execution);
    }

    @GET
    @Path("{id}/statistics")
    @Operation(summary = "The latest stored report: when and how it was computed, and its files")
    public StudyStatistics.ReportInfo latestStatistics(@PathParam("id") long id) {
        studies.get(id);
        return statistics.latest(id).orElseThrow(() -> new NotFoundException("Study " + id
                + " has no report yet; start one with POST /api/studies/" + id + "/statistics."));
    }

    @GET
    @Path("{id}/statistics/{file}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A file of the latest report: table CSVs, statistics.json, report.xlsx, figure SVG/PNG, "
            + "and the inputs tasks.csv, answers.csv, classes.csv")
    public Response statisticsFile(@PathParam("id") long id, @PathParam("file") String name) {
        java.nio.file.Path file = statistics.file(id, name)
                .orElseThrow(() -> new NotFoundException("The latest report of study " + id + " has no " + name + "."));
        return Downloads.file(file, "study-" + id + "-" + name);
    }

    /** Simulation settings as job parameters; null ones take their defaults (see SimulationSettings). */
    public record SimulationRequest(Integer participants, String policy, Double noise, Double overlapThreshold,
            Boolean refineAfterEveryPage, Integer pageLimit, Long seed) {}

    @POST
    @Path("{id}/simulation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run simulated participants through the open study: {participants, policy "
            + "(ground-truth|map-trusting), noise, overlapThreshold, refineAfterEveryPage, pageLimit, seed}; 202 with "
            + "the job execution")
    public Response simulate(@PathParam("id") long id, SimulationRequest request) {
        if (request == null || request.participants() == null) {
            throw new BadRequestException("Send at least {\"participants\": n}.");
        }
        Map<String, String> settings = new HashMap<>();
        putIfGiven(settings, SimulationSettings.POLICY, request.policy());
        putIfGiven(settings, SimulationSettings.NOISE, request.noise());
        putIfGiven(settings, SimulationSettings.OVERLAP_THRESHOLD, request.overlapThreshold());
        putIfGiven(settings, SimulationSettings.REFINE_AFTER_EVERY_PAGE, request.refineAfterEveryPage());
        putIfGiven(settings, SimulationSettings.PAGE_LIMIT, request.pageLimit());
        putIfGiven(settings, SimulationSettings.SEED, request.seed());
        long execution = simulation.start(id, request.participants(), settings);
        return Response.accepted(simulation.progress(execution)).build();
    }

    @GET
    @Path("{id}/simulation/jobs/{execution}")
    @Operation(summary = "Progress of a simulation job: participants done (written), status, exit status")
    public BatchJobs.JobProgress simulationJob(@PathParam("id") long id, @PathParam("execution") long execution) {
        return simulation.progress(execution);
    }

    private static void putIfGiven(Map<String, String> settings, String name, Object value) {
        if (value != null) {
            settings.put(name, value.toString());
        }
    }

    public record InvitationRequest(Integer count) {}

    @POST
    @Path("{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create one-time invitation codes for an invitation-only study: {count}")
    public List<String> invite(@PathParam("id") long id, InvitationRequest request) {
        if (request == null || request.count() == null) {
            throw new BadRequestException("Send {\"count\": n}.");
        }
        return studies.invite(id, request.count());
    }

    @GET
    @Path("{id}/invitations")
    @Operation(summary = "The study's invitation codes and who used them")
    public List<InvitationView> invitations(@PathParam("id") long id) {
        return studies.invitations(id);
    }

    @GET
    @Path("{id}/invitations.csv")
    @Produces("text/csv")
    @Operation(summary = "The invitation codes as CSV, to hand out")
    public Response invitationsCsv(@PathParam("id") long id) throws IOException {
        return csv("study-" + id + "-invitations.csv", csv -> {
            try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader("code", "created_at", "used_by", "used_at")
                    .build().print(csv)) {
                for (InvitationView invitation : studies.invitations(id)) {
                    printer.printRecord(invitation.code(), invitation.createdAt(), invitation.usedBy(),
                            invitation.usedAt());
                }
            }
        });
    }

    @GET
    @Path("{id}/participants")
    @Operation(summary = "Participants with their task pair, condition order, status and stage")
    public List<ParticipantSummary> participants(@PathParam("id") long id) {
        return studies.participants(id);
    }

    @FunctionalInterface
    private interface CsvBody {
        void write(StringBuilder csv) throws IOException;
    }

    private static Response csv(String fileName, CsvBody body) throws IOException {
        StringBuilder csv = new StringBuilder();
        body.write(csv);
        return Downloads.csv(csv, fileName);
    }
}

package org.xcbir.saliency.web;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xcbir.saliency.MapPair;
import org.xcbir.saliency.SaliencyJobs;
import org.xcbir.saliency.SaliencyService;

/** The saliency service for researchers and admins: its queue, and precomputing maps for a study. */
@Path("saliency")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "saliency")
public class SaliencyResource {

    @Inject
    private SaliencyService saliency;

    @Inject
    private SaliencyJobs jobs;

    @Context
    private UriInfo uri;

    /**
     * Maps to precompute: explicit pairs, and/or query images whose first {@code resultsPerQuery} results (as a
     * search from them starts) get maps.
     */
    public record PrecomputeRequest(List<MapPair> pairs, List<Long> queryImageIds, Integer resultsPerQuery) {}

    public record Started(long executionId, int pairs) {}

    @GET
    @Path("queue")
    @Operation(summary = "The map queue: queued, running, completed, failed and rejected maps, maps stored")
    public SaliencyService.QueueStats queue() {
        return saliency.stats();
    }

    @POST
    @Path("precompute")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the precompute job for {pairs: [{queryImageId, resultImageId}], queryImageIds, "
            + "resultsPerQuery (default 20)}")
    public Response precompute(PrecomputeRequest request) {
        if (request == null || (request.pairs() == null && request.queryImageIds() == null)) {
            throw new BadRequestException("Send {\"pairs\": [{\"queryImageId\", \"resultImageId\"}]} and/or "
                    + "{\"queryImageIds\": [ … ], \"resultsPerQuery\": 20}.");
        }
        List<MapPair> pairs = new ArrayList<>(request.pairs() == null ? List.of() : request.pairs());
        if (request.queryImageIds() != null) {
            int perQuery = request.resultsPerQuery() == null ? 20 : request.resultsPerQuery();
            pairs.addAll(jobs.firstResults(request.queryImageIds(), perQuery));
        }
        long execution = jobs.start(pairs);
        return Response.accepted(new Started(execution, pairs.size()))
                .location(uri.getBaseUriBuilder().path("saliency/precompute").path(Long.toString(execution)).build())
                .build();
    }

    @GET
    @Path("precompute/{executionId}")
    @Operation(summary = "A precompute job's status and the number of maps stored and failed so far")
    public SaliencyJobs.JobProgress progress(@PathParam("executionId") long executionId) {
        return jobs.progress(executionId);
    }
}

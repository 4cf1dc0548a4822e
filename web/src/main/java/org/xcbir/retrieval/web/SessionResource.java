package org.xcbir.retrieval.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xcbir.admin.web.api.Downloads;
import org.xcbir.descriptor.image.InvalidImageException;
import org.xcbir.retrieval.RetrievalSessions;
import org.xcbir.retrieval.RetrievalSessions.ResultPage;
import org.xcbir.retrieval.RetrievalSessions.SessionExport;
import org.xcbir.retrieval.RetrievalSessions.SessionView;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.study.StudyService;

/** Relevance-feedback sessions for scripts: everything the Search page does, for the calling user's sessions. */
@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions")
public class SessionResource {

    @Inject
    private RetrievalSessions sessions;

    @Inject
    private StudyService studies;

    @Inject
    @ConfigProperty(name = "xcbir.upload.max-bytes", defaultValue = "20000000")
    long maxUploadBytes;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    public record NewSession(String name, Long queryImageId) {}

    public record Adjudication(long imageId, Relevance relevance) {}

    @GET
    @Operation(summary = "Your sessions, most recently used first")
    public List<SessionView> list() {
        return sessions.list(owner());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a session from an archive image: {name, queryImageId}")
    public Response start(NewSession request) {
        if (request == null || request.queryImageId() == null) {
            throw new BadRequestException("Send {\"name\", \"queryImageId\"}.");
        }
        return created(sessions.startFromArchiveImage(searcher(), request.name(), request.queryImageId()));
    }

    @POST
    @Path("upload")
    @Consumes({"image/jpeg", "image/png", "image/webp", "image/gif", "image/bmp", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Start a session from an uploaded image (the request body) over an indexed archive")
    public Response upload(@QueryParam("archiveId") Long archiveId, @QueryParam("name") String name,
            @Context HttpHeaders headers, InputStream body) throws IOException {
        if (archiveId == null) {
            throw new BadRequestException("Give the archive as ?archiveId=…&name=….");
        }
        byte[] image = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxUploadBytes + 1));
        if (image.length > maxUploadBytes) {
            throw new WebApplicationException("The image is larger than " + maxUploadBytes / 1_000_000 + " MB.", 413);
        }
        try {
            return created(sessions.startFromUpload(searcher(), name, archiveId, image, "upload"));
        } catch (InvalidImageException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A session's state: positives, negatives, refinements")
    public SessionView get(@PathParam("id") long id) {
        return sessions.get(owner(), id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a session and its marks")
    public Response delete(@PathParam("id") long id) {
        sessions.delete(owner(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/marks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a result POSITIVE, NEGATIVE or NEUTRAL; repeating a mark changes nothing")
    public SessionView mark(@PathParam("id") long id, Adjudication adjudication) {
        if (adjudication == null || adjudication.relevance() == null) {
            throw new BadRequestException("Send {\"imageId\", \"relevance\": \"POSITIVE\"|\"NEGATIVE\"|\"NEUTRAL\"}.");
        }
        return sessions.mark(owner(), id, adjudication.imageId(), adjudication.relevance());
    }

    @POST
    @Path("{id}/undo")
    @Operation(summary = "Take back the latest mark")
    public SessionView undo(@PathParam("id") long id) {
        return sessions.undo(owner(), id);
    }

    @POST
    @Path("{id}/refine")
    @Operation(summary = "Train on the marks, re-rank the working set, return the first results")
    public ResultPage refine(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("20") int limit) {
        return sessions.refine(owner(), id, limit);
    }

    @GET
    @Path("{id}/results")
    @Operation(summary = "A page of the current ranking")
    public ResultPage results(@PathParam("id") long id, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        return sessions.results(owner(), id, offset, limit);
    }

    @GET
    @Path("{id}/export")
    @Operation(summary = "The session as a file (query descriptor and marks)")
    public Response export(@PathParam("id") long id) {
        return Downloads.attachment(sessions.export(owner(), id), "session-" + id + ".json");
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recreate an exported session as one of yours")
    public Response importSession(SessionExport export) {
        return created(sessions.importSession(searcher(), export));
    }

    @GET
    @Path("{id}/classifier")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "The classifier of the latest refine, serialised (xcbir ranker format)")
    public Response classifier(@PathParam("id") long id) {
        byte[] ranker = sessions.trainedRanker(owner(), id)
                .orElseThrow(() -> new NotFoundException("Session " + id + " has not been refined yet."));
        return Downloads.attachment(ranker, "classifier-" + id + ".bin");
    }

    private Response created(SessionView view) {
        return Response.created(uri.getBaseUriBuilder().path("sessions").path(Long.toString(view.id())).build())
                .entity(view).build();
    }

    /** The caller, if they may start searches of their own (study participants search within their tasks). */
    private String searcher() {
        String owner = owner();
        studies.studyOf(owner).ifPresent(study -> {
            throw new ForbiddenException(StudyService.freeSearchRefused(study));
        });
        return owner;
    }

    private String owner() {
        return security.getUserPrincipal().getName();
    }
}

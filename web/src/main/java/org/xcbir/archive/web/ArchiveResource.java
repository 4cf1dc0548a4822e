package org.xcbir.archive.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xcbir.archive.Archive;
import org.xcbir.archive.ArchiveClass;
import org.xcbir.archive.ArchiveService;
import org.xcbir.archive.IndexingProgress;
import org.xcbir.archive.SkippedImage;

/** Archives for scripts: register, index, watch, stop (roles admin and researcher, see web.xml). */
@Path("archives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "archives")
public class ArchiveResource {

    @Inject
    private ArchiveService archives;

    @Context
    private UriInfo uri;

    public record Registration(String name, String imageFolder, List<String> instancesFiles) {}

    public record DemoRequest(String name, int images, long seed) {}

    public record JobStarted(long archiveId, long jobExecution) {}

    public record DemoStarted(String name, long jobExecution) {}

    public record ArchiveView(long id, String name, String rootPath, int imageCount, int annotationCount,
            String indexState, String jobStatus, int indexedCount, int skippedCount, int progressPercent,
            Double imagesPerSecond, Instant indexingStartedAt, Instant indexingEndedAt, long latestRunStartedAfterImageId,
            String indexAlias, String modelId) {}

    public record ClassView(int categoryId, String name, int imageCount, double confuser, double meanArea) {}

    public record SkippedView(long imageId, String fileName, String reason) {}

    @GET
    @Operation(summary = "All archives with their index state and progress")
    public List<ArchiveView> list() {
        return archives.list().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One archive")
    public ArchiveView get(@PathParam("id") long id) {
        return view(archives.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a folder of images with COCO instances files (paths on the server), then index it")
    public Response register(Registration registration) {
        if (registration == null || registration.instancesFiles() == null) {
            throw new BadRequestException("Send {\"name\", \"imageFolder\", \"instancesFiles\": [...]}.");
        }
        long id = archives.registerAndIndex(registration.name(), registration.imageFolder(),
                String.join("\n", registration.instancesFiles()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
                .entity(view(archives.get(id))).build();
    }

    @POST
    @Path("demo")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generate a demo archive (a batch job) and index it")
    public Response generateDemo(DemoRequest request) {
        if (request == null) {
            throw new BadRequestException("Send {\"name\", \"images\", \"seed\"}.");
        }
        long execution = archives.generateDemo(request.name(), request.images(), request.seed());
        return Response.accepted(new DemoStarted(request.name(), execution)).build();
    }

    @POST
    @Path("{id}/indexing")
    @Operation(summary = "Start, continue or redo the archive's indexing job")
    public Response startIndexing(@PathParam("id") long id) {
        return Response.accepted(new JobStarted(id, archives.startIndexing(id))).build();
    }

    @DELETE
    @Path("{id}/indexing")
    @Operation(summary = "Stop the indexing job after its current chunk")
    public Response stopIndexing(@PathParam("id") long id) {
        archives.stopIndexing(id);
        return Response.accepted(view(archives.get(id))).build();
    }

    @GET
    @Path("{id}/classes")
    @Operation(summary = "Per-class statistics: images, Confuser, Area")
    public List<ClassView> classes(@PathParam("id") long id) {
        archives.get(id);
        return archives.classes(id).stream().map(c -> new ClassView(c.getCategoryId(), c.getName(), c.getImageCount(),
                c.getConfuser(), c.getMeanArea())).toList();
    }

    @GET
    @Path("{id}/skipped")
    @Operation(summary = "Images the indexing job could not read, with the reason")
    public List<SkippedView> skipped(@PathParam("id") long id) {
        archives.get(id);
        return archives.skipped(id).stream()
                .map((SkippedImage s) -> new SkippedView(s.getImageId(), s.getFileName(), s.getReason())).toList();
    }

    private ArchiveView view(Archive a) {
        // the speed of the running job, or of the last run over its whole duration (ingest and publish included)
        IndexingProgress progress = a.progressAt(a.getIndexingEndedAt() == null ? Instant.now() : a.getIndexingEndedAt());
        Double speed = a.getIndexingStartedAt() == null ? null : progress.imagesPerSecond().orElse(null);
        return new ArchiveView(a.getId(), a.getName(), a.getRootPath(), a.getImageCount(), a.getAnnotationCount(),
                a.getIndexState().name(), archives.jobStatus(a.getId()), a.getIndexedCount(), a.getSkippedCount(),
                a.getProgressPercent(), speed, a.getIndexingStartedAt(), a.getIndexingEndedAt(),
                archives.latestRunStartedAfterImageId(a.getId()), a.getIndexAlias(), a.getModelId());
    }
}

package org.xcbir.archive.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xcbir.archive.Archive;
import org.xcbir.archive.ArchiveClass;
import org.xcbir.archive.ArchiveImage;
import org.xcbir.archive.ArchiveService;
import org.xcbir.archive.IndexingProgress;
import org.xcbir.archive.SkippedImage;
import org.xcbir.archive.demo.DemoArchiveSettings;

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

    /** The scene parameters may be left out (defaults: 4 objects on average, at most 12, size scale 1, spread 0.25). */
    public record DemoRequest(String name, int images, long seed, Double objectsMean, Integer objectsMax,
            Double sizeScale, Double sizeSpread, String backgrounds) {}

    public record JobStarted(long archiveId, long jobExecution) {}

    public record DemoStarted(String name, long jobExecution) {}

    public record ArchiveView(long id, String name, String rootPath, int imageCount, int annotationCount,
            String indexState, String jobStatus, int indexedCount, int skippedCount, int progressPercent,
            Double imagesPerSecond, Instant indexingStartedAt, Instant indexingEndedAt, long latestRunStartedAfterImageId,
            String indexAlias, String modelId) {}

    public record ClassView(int categoryId, String name, int imageCount, double confuser, double meanArea) {}

    public record SkippedView(long imageId, String fileName, String reason) {}

    /** A ground-truth instance; box as COCO gives it: [x, y, width, height] in pixels of the image. */
    public record AnnotationView(long cocoId, int categoryId, double[] box, double area, boolean crowd) {}

    public record ImageView(long id, long cocoId, String fileName, int width, int height, Long fileBytes,
            String sha256, List<Integer> categoryIds, List<AnnotationView> annotations) {}

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
    @Operation(summary = "Generate a demo archive (a batch job) and index it; scenes: objectsMean, objectsMax,"
            + " sizeScale, sizeSpread, backgrounds (a folder of photos on the server), all optional")
    public Response generateDemo(DemoRequest request) {
        if (request == null) {
            throw new BadRequestException("Send {\"name\", \"images\", \"seed\"}.");
        }
        Map<String, String> options = new HashMap<>();
        options.put("images", Integer.toString(request.images()));
        options.put("seed", Long.toString(request.seed()));
        options.put("objects-mean", text(request.objectsMean()));
        options.put("objects-max", text(request.objectsMax()));
        options.put("size-scale", text(request.sizeScale()));
        options.put("size-spread", text(request.sizeSpread()));
        options.put("backgrounds", request.backgrounds());
        long execution = archives.generateDemo(request.name(), DemoArchiveSettings.fromOptions(options));
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

    @GET
    @Path("{id}/images/{imageId}")
    @Operation(summary = "An image's record and ground truth: file, size, SHA-256 (once indexed), instances")
    public ImageView image(@PathParam("id") long id, @PathParam("imageId") long imageId) {
        ArchiveImage image = archives.image(id, imageId).orElseThrow(
                () -> new NotFoundException("Archive " + id + " has no image with id " + imageId + "."));
        List<AnnotationView> annotations = archives.annotations(imageId).stream()
                .map(a -> new AnnotationView(a.getCocoId(), a.getCategoryId(),
                        new double[] {a.box().x(), a.box().y(), a.box().width(), a.box().height()}, a.getArea(),
                        a.isCrowd()))
                .toList();
        return new ImageView(image.getId(), image.getCocoId(), image.getFileName(), image.getWidth(),
                image.getHeight(), image.getFileBytes(), image.getChecksum(), image.categories(), annotations);
    }

    /** A field the request left out stays null, which the settings read as "use the default". */
    private static String text(Number value) {
        return value == null ? null : value.toString();
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

package org.xcbir.saliency.web;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xcbir.saliency.SessionMaps;
import org.xcbir.saliency.SessionMaps.MapStatus;

/**
 * Saliency maps of a session's results: ask for the maps on screen, then poll where they stand. A done map is
 * served as an image by {@code /saliency/{session}/{image}.png?v={version}}.
 */
@Path("sessions/{id}/maps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "saliency")
public class SessionMapResource {

    @Inject
    private SessionMaps maps;

    @Context
    private SecurityContext security;

    public record MapRequest(List<Long> imageIds) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The results now on screen, in display order {imageIds}: stored maps are DONE, the others "
            + "are queued before everything not on screen; answers where each map stands")
    public List<MapStatus> show(@PathParam("id") long id, MapRequest request) {
        if (request == null || request.imageIds() == null) {
            throw new BadRequestException("Send {\"imageIds\": [ … ]}.");
        }
        return maps.show(owner(), id, request.imageIds());
    }

    @DELETE
    @Operation(summary = "The results left the screen: maps queued only for it are dropped (stored maps stay)")
    public Response leave(@PathParam("id") long id) {
        maps.leave(owner(), id);
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "Where the maps of these results stand (?image=1&image=2…), without queueing them")
    public List<MapStatus> statuses(@PathParam("id") long id, @QueryParam("image") List<Long> imageIds) {
        return maps.statuses(owner(), id, imageIds);
    }

    private String owner() {
        return security.getUserPrincipal().getName();
    }
}

package org.xcbir.saliency;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xcbir.retrieval.RetrievalSessions;
import org.xcbir.retrieval.SearchableArchives;
import org.xcbir.retrieval.session.SessionActivity;
import org.xcbir.study.StudyService;

/**
 * Saliency maps as a person sees them: for the results of one of their retrieval sessions (the session's
 * query is the query of every map), with the checks that the session is theirs and the image is in its archive.
 */
@Stateless
public class SessionMaps {
    /** More tiles than any screen shows at once; bounds what one request can queue. */
    public static final int MAX_IMAGES_PER_REQUEST = 100;

    @Inject
    private RetrievalSessions sessions;

    @Inject
    private SaliencyService saliency;

    @Inject
    private SearchableArchives archives;

    @Inject
    private StudyService studies;

    @Inject
    private Event<SessionActivity> activity;


    public enum State { DONE, QUEUED, RUNNING, FAILED, REJECTED, NOT_REQUESTED }

    /**
     * Where one map stands. {@code version} (set when done) changes whenever the map would, so a URL carrying it
     * can be cached for good; {@code position} counts the maps to be computed before this one.
     */
    public record MapStatus(long imageId, State state, int position, int done, int total, String message,
            String version) {}

    public record RenderedMap(byte[] png, String version) {}

    /** The results now on the person's screen, in display order: stored maps are done, the others are queued first. */
    public List<MapStatus> show(String owner, long sessionId, List<Long> imageIds) {
        float[] query = checkedQuery(owner, sessionId, imageIds);
        return statuses(query, imageIds, saliency.showing(owner + "#" + sessionId, query, imageIds));
    }

    /** The person left the session's results: maps queued only for their screen are dropped. */
    public void leave(String owner, long sessionId) {
        saliency.showing(owner + "#" + sessionId, sessions.queryVector(owner, sessionId), List.of());
    }

    /** Where the maps stand, without queueing anything. */
    public List<MapStatus> statuses(String owner, long sessionId, List<Long> imageIds) {
        float[] query = checkedQuery(owner, sessionId, imageIds);
        return statuses(query, imageIds, saliency.statuses(query, imageIds));
    }

    /** The result image with its map drawn over it, if the map is computed. */
    public Optional<RenderedMap> overlay(String owner, long sessionId, long imageId, ColourMap colours)
            throws IOException {
        float[] query = checkedQuery(owner, sessionId, List.of(imageId));
        MapKey key = saliency.key(query, imageId);
        Optional<SaliencyMap> map = saliency.map(key);
        Optional<BufferedImage> image = map.isEmpty() ? Optional.empty() : archives.decoded(imageId);
        if (image.isEmpty()) {
            return Optional.empty();
        }
        byte[] png = new SaliencyOverlay(colours, 0.5f, 0f).png(map.get(), image.get());
        activity.fire(new SessionActivity(owner, sessionId, SessionActivity.Kind.MAP_VIEWED, imageId, colours.name()));
        return Optional.of(new RenderedMap(png, key.etag()));
    }

    /** The current version tag of a map (changes with the configuration), for cache validation. */
    public String version(String owner, long sessionId, long imageId) {
        return saliency.key(checkedQuery(owner, sessionId, List.of(imageId)), imageId).etag();
    }

    private float[] checkedQuery(String owner, long sessionId, List<Long> imageIds) {
        if (imageIds.isEmpty() || imageIds.size() > MAX_IMAGES_PER_REQUEST) {
            throw new IllegalArgumentException("Ask for 1 to " + MAX_IMAGES_PER_REQUEST + " maps at a time, not "
                    + imageIds.size() + ".");
        }
        long archiveId = sessions.get(owner, sessionId).archiveId();
        if (studies.explanationsWithheld(owner, sessionId)) {
            throw new IllegalArgumentException("This study task is done without saliency maps.");
        }
        for (long imageId : imageIds) {
            if (archives.archiveOf(imageId).filter(a -> a == archiveId).isEmpty()) {
                throw new IllegalArgumentException("Image " + imageId + " is not in this session's archive.");
            }
        }
        return sessions.queryVector(owner, sessionId);
    }

    private List<MapStatus> statuses(float[] query, List<Long> imageIds, List<MapQueue.Status> queued) {
        List<MapStatus> statuses = new ArrayList<>();
        for (int i = 0; i < imageIds.size(); i++) {
            statuses.add(status(imageIds.get(i), query, queued.get(i)));
        }
        return statuses;
    }

    private MapStatus status(long imageId, float[] query, MapQueue.Status status) {
        if (status == null) {
            return new MapStatus(imageId, State.DONE, 0, 0, 0, null, saliency.key(query, imageId).etag());
        } else if (status instanceof MapQueue.Queued q) {
            return new MapStatus(imageId, State.QUEUED, q.position(), 0, 0, null, null);
        } else if (status instanceof MapQueue.Running r) {
            return new MapStatus(imageId, State.RUNNING, 0, r.done(), r.total(), null, null);
        } else if (status instanceof MapQueue.Failed f) {
            return new MapStatus(imageId, State.FAILED, 0, 0, 0, f.message(), null);
        } else if (status instanceof MapQueue.Rejected r) {
            return new MapStatus(imageId, State.REJECTED, 0, 0, 0, r.message(), null);
        }
        return new MapStatus(imageId, State.NOT_REQUESTED, 0, 0, 0, null, null);
    }
}

package org.xcbir.retrieval;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xcbir.archive.Archive;
import org.xcbir.archive.ArchiveImage;
import org.xcbir.archive.ArchiveRepository;
import org.xcbir.descriptor.DescriptorService;
import org.xcbir.descriptor.image.InvalidImageException;
import org.xcbir.retrieval.adjudication.Adjudication;
import org.xcbir.retrieval.adjudication.Mark;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.retrieval.ranking.Rankers;
import org.xcbir.retrieval.ranking.RefinedRanking;
import org.xcbir.retrieval.ranking.Refinement;
import org.xcbir.retrieval.ranking.RelevanceFeedback;
import org.xcbir.retrieval.ranking.ScoredImage;
import org.xcbir.retrieval.ranking.TrainedRankerCodec;
import org.xcbir.retrieval.session.RankingCodec;
import org.xcbir.retrieval.session.RetrievalSession;
import org.xcbir.retrieval.session.SessionActivity;
import org.xcbir.retrieval.session.SessionMark;
import org.xcbir.retrieval.session.SessionReplay;
import org.xcbir.retrieval.session.UnknownSessionException;
import org.xcbir.retrieval.workingset.NeighbourSource;
import org.xcbir.retrieval.workingset.WorkingSet;

/**
 * Relevance-feedback sessions: query by example, mark results, refine, page through the ranking. Every change
 * is its own transaction on the locked session row, so a click is stored when it is answered and two clicks on
 * one session never interleave. A session is visible to its owner only.
 */
@Stateless
public class RetrievalSessions {

    @Inject
    private RetrievalSessionRepository sessions;

    @Inject
    private ArchiveRepository archives;

    @Inject
    private DescriptorService descriptors;

    @Inject
    private VectorIndex vectorIndex;

    @Inject
    private WorkingSetCache workingSets;

    @Inject
    private Event<SessionActivity> activity;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private ManagedExecutorService executor;

    /** Parts the working set is scored in, in parallel (a refine is otherwise one core's work). */
    @Inject
    @ConfigProperty(name = "xcbir.retrieval.scoring-threads", defaultValue = "2")
    int scoringThreads;

    @Inject
    @ConfigProperty(name = "xcbir.retrieval.neighbours", defaultValue = "500")
    int neighboursPerPositive;

    @Inject
    @ConfigProperty(name = "xcbir.retrieval.knn-candidates", defaultValue = "1000")
    int knnCandidates;

    @Inject
    @ConfigProperty(name = "xcbir.retrieval.ranker", defaultValue = Rankers.DEFAULT)
    String rankerName;

    private final Clock clock = Clock.systemUTC();

    public record SessionView(long id, String name, long archiveId, String archiveName, Long queryImageId,
            Instant createdAt, Instant updatedAt, int refinements, String ranker, List<Long> positives,
            List<Long> negatives, Integer workingSetSize, boolean canUndo) implements Serializable {}

    public record Result(int rank, long imageId, double score, Relevance relevance) implements Serializable {}

    public record ResultPage(long sessionId, int refinements, int offset, int total, List<Result> results) {}

    /** A session as a file: enough to recreate it on another server with the same archive and descriptor. */
    public record SessionExport(int format, String name, String archive, String modelId, Long queryImageId,
            float[] queryVector, List<Mark> marks) {}

    /** Starts a session from one of the archive's images. */
    public SessionView startFromArchiveImage(String owner, String name, long queryImageId) {
        ArchiveImage image = archives.image(queryImageId)
                .orElseThrow(() -> new IllegalArgumentException("There is no archive image " + queryImageId + "."));
        Archive archive = searchable(image.getArchiveId());
        return start(owner, name, archive, queryImageId, describe(archive, image));
    }

    /** The descriptor of an archive image as a query: described from its file, as a session started from it. */
    public float[] describeArchiveImage(long imageId) {
        ArchiveImage image = archives.image(imageId)
                .orElseThrow(() -> new IllegalArgumentException("There is no archive image " + imageId + "."));
        return describe(archives.get(image.getArchiveId()), image);
    }

    private float[] describe(Archive archive, ArchiveImage image) {
        Path file = Path.of(archive.getRootPath()).resolve(image.getFileName()).normalize();
        try {
            return descriptors.describe(Files.readAllBytes(file), image.getFileName());
        } catch (InvalidImageException e) {
            throw new IllegalArgumentException("The query image cannot be used: " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("The query image's file cannot be read: " + file + ".");
        }
    }

    /** Starts a session from an uploaded image (validated and described; only its descriptor is kept). */
    public SessionView startFromUpload(String owner, String name, long archiveId, byte[] image, String fileName)
            throws InvalidImageException {
        Archive archive = searchable(archiveId);
        return start(owner, name, archive, null, descriptors.describe(image, fileName));
    }

    /** Starts a session from a query descriptor (an imported session). */
    public SessionView startFromVector(String owner, String name, long archiveId, Long queryImageId, float[] query) {
        Archive archive = searchable(archiveId);
        if (query.length != descriptors.dimension()) {
            throw new IllegalArgumentException("The query vector has " + query.length + " dimensions; the descriptor has "
                    + descriptors.dimension() + ".");
        }
        return start(owner, name, archive, queryImageId, query);
    }

    public List<SessionView> list(String owner) {
        return sessions.ofOwner(owner).stream().map(this::view).toList();
    }

    public SessionView get(String owner, long sessionId) {
        return view(owned(owner, sessionId, false));
    }

    public void delete(String owner, long sessionId) {
        sessions.remove(owned(owner, sessionId, true));
        workingSets.evict(sessionId);
    }

    public SessionView rename(String owner, long sessionId, String name) {
        RetrievalSession session = owned(owner, sessionId, true);
        session.rename(name);
        session.touched(clock.instant());
        return view(session);
    }

    /**
     * Marks one result. Repeating the image's current relevance changes nothing (a double click stores one mark).
     * A positive grows the working set by its nearest neighbours at once.
     */
    public SessionView mark(String owner, long sessionId, long imageId, Relevance relevance) {
        RetrievalSession session = owned(owner, sessionId, true);
        List<SessionMark> marks = sessions.marks(sessionId);
        Adjudication before = SessionReplay.adjudication(session.queryVector(), active(marks));
        WorkingSet workingSet = workingSet(session, marks);
        if (!workingSet.contains(imageId)) {
            throw new IllegalArgumentException("Image " + imageId + " is not among this session's results.");
        }
        Adjudication after = before.mark(imageId, relevance);
        if (after != before) {
            sessions.addMark(new SessionMark(sessionId, new Mark(imageId, relevance), clock.instant()));
            session.touched(clock.instant());
            activity.fire(new SessionActivity(owner, sessionId, SessionActivity.Kind.MARK, imageId, relevance.name()));
            if (relevance == Relevance.POSITIVE) {
                WorkingSet grown = workingSet.grownFor(after, neighbours(session));
                // only a stored mark may grow the cached working set: a rolled-back one must leave no trace
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            workingSets.put(sessionId, grown);
                        }
                    }
                });
            }
        }
        return view(session, after);
    }

    /** Takes back the latest mark that is still in force. */
    public SessionView undo(String owner, long sessionId) {
        RetrievalSession session = owned(owner, sessionId, true);
        List<SessionMark> marks = sessions.marks(sessionId);
        SessionMark last = null;
        for (SessionMark mark : marks) {
            if (!mark.isUndone()) {
                last = mark;
            }
        }
        if (last == null) {
            throw new IllegalArgumentException("There is nothing to undo.");
        }
        last.undo();
        session.touched(clock.instant());
        activity.fire(new SessionActivity(owner, sessionId, SessionActivity.Kind.UNDO, last.mark().imageId(),
                "took back " + last.mark().relevance()));
        return view(session);
    }

    /** Trains the configured ranker on the positives and negatives and re-ranks the working set. */
    public ResultPage refine(String owner, long sessionId, int limit) {
        RetrievalSession session = owned(owner, sessionId, true);
        List<SessionMark> marks = sessions.marks(sessionId);
        Adjudication adjudication = SessionReplay.adjudication(session.queryVector(), active(marks));
        Refinement refinement = new RelevanceFeedback(Rankers.byName(rankerName))
                .refine(adjudication, workingSet(session, marks), executor, Math.max(1, scoringThreads));
        session.refined(rankerName, RankingCodec.toBytes(refinement.ranking().all()),
                TrainedRankerCodec.toBytes(refinement.ranker()), clock.instant());
        activity.fire(new SessionActivity(owner, sessionId, SessionActivity.Kind.REFINE, null, "refinement "
                + session.getRefinements() + " on " + adjudication.positiveIds().size() + " relevant, "
                + adjudication.negativeIds().size() + " not relevant"));
        return shown(owner, page(session, adjudication, refinement.ranking(), 0, limit));
    }

    /** Results {@code offset} … {@code offset + limit - 1} of the current ranking (the query's kNN before refining). */
    public ResultPage results(String owner, long sessionId, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("Ask for 1 to 1,000 results from an offset of 0 or more.");
        }
        RetrievalSession session = owned(owner, sessionId, false);
        List<SessionMark> marks = sessions.marks(sessionId);
        Adjudication adjudication = SessionReplay.adjudication(session.queryVector(), active(marks));
        RefinedRanking ranking = session.ranking() != null
                ? RefinedRanking.restored(RankingCodec.fromBytes(session.ranking()))
                : SessionReplay.initialRanking(workingSet(session, marks), session.queryVector());
        return shown(owner, page(session, adjudication, ranking, offset, limit));
    }

    /** The marks in force, in the order they were made. */
    public List<Mark> marks(String owner, long sessionId) {
        owned(owner, sessionId, false);
        return active(sessions.marks(sessionId));
    }

    /** The query descriptor (for export). */
    public float[] queryVector(String owner, long sessionId) {
        return owned(owner, sessionId, false).queryVector();
    }

    public SessionExport export(String owner, long sessionId) {
        RetrievalSession session = owned(owner, sessionId, false);
        Archive archive = archives.get(session.getArchiveId());
        return new SessionExport(1, session.getName(), archive.getName(), session.getModelId(),
                session.getQueryImageId(), session.queryVector(), active(sessions.marks(sessionId)));
    }

    /** Recreates an exported session for {@code owner}: same query, the marks replayed in order. */
    public SessionView importSession(String owner, SessionExport export) {
        if (export == null || export.format() != 1 || export.queryVector() == null || export.marks() == null) {
            throw new IllegalArgumentException("This is not a session exported by xcbir (format 1).");
        }
        Archive archive = archives.findByName(export.archive()).orElseThrow(() -> new IllegalArgumentException(
                "There is no archive named '" + export.archive() + "' here."));
        if (!archive.getModelId().equals(export.modelId())) {
            throw new IllegalArgumentException("The session was made with another descriptor than archive '"
                    + archive.getName() + "' is indexed with.");
        }
        SessionView view = startFromVector(owner, export.name(), archive.getId(), export.queryImageId(),
                export.queryVector());
        for (Mark mark : export.marks()) {
            view = mark(owner, view.id(), mark.imageId(), mark.relevance());
        }
        return view;
    }

    /** The classifier of the latest refine, serialised; empty before the first refine. */
    public Optional<byte[]> trainedRanker(String owner, long sessionId) {
        return Optional.ofNullable(owned(owner, sessionId, false).trainedRanker());
    }

    private SessionView start(String owner, String name, Archive archive, Long queryImageId, float[] query) {
        RetrievalSession session = new RetrievalSession(owner, name, archive.getId(), archive.getModelId(),
                queryImageId, query, clock.instant());
        sessions.add(session);
        return view(session);
    }

    private Archive searchable(long archiveId) {
        Archive archive = archives.get(archiveId);
        if (archive.getIndexState() != Archive.IndexState.INDEXED) {
            throw new IllegalArgumentException("Archive '" + archive.getName() + "' is not indexed yet.");
        }
        if (!archive.getModelId().equals(descriptors.modelId())) {
            throw new IllegalArgumentException("Archive '" + archive.getName() + "' was indexed with another descriptor;"
                    + " re-index it first.");
        }
        return archive;
    }

    private RetrievalSession owned(String owner, long sessionId, boolean forUpdate) {
        Optional<RetrievalSession> session = forUpdate ? sessions.findForUpdate(sessionId) : sessions.find(sessionId);
        return session.filter(s -> s.getOwner().equals(owner)).orElseThrow(() -> new UnknownSessionException(sessionId));
    }

    private WorkingSet workingSet(RetrievalSession session, List<SessionMark> marks) {
        return workingSets.get(session.getId()).orElseGet(() -> {
            WorkingSet rebuilt = SessionReplay.workingSet(session.queryVector(),
                    marks.stream().map(SessionMark::mark).toList(), neighbours(session), neighboursPerPositive);
            workingSets.put(session.getId(), rebuilt);
            return rebuilt;
        });
    }

    private NeighbourSource neighbours(RetrievalSession session) {
        String alias = archives.get(session.getArchiveId()).getIndexAlias();
        return (vector, k) -> vectorIndex.nearestWithVectors(alias, vector, k, Math.max(k, knnCandidates));
    }

    private static List<Mark> active(List<SessionMark> marks) {
        return marks.stream().filter(m -> !m.isUndone()).map(SessionMark::mark).toList();
    }

    private ResultPage shown(String owner, ResultPage page) {
        activity.fire(SessionActivity.resultsShown(owner, page.sessionId(), page.offset(),
                page.results().stream().map(Result::imageId).toList()));
        return page;
    }

    private ResultPage page(RetrievalSession session, Adjudication adjudication, RefinedRanking ranking, int offset,
            int limit) {
        List<Result> results = new ArrayList<>();
        int rank = offset;
        for (ScoredImage image : ranking.page(offset, limit)) {
            results.add(new Result(++rank, image.imageId(), image.score(), adjudication.relevanceOf(image.imageId())));
        }
        return new ResultPage(session.getId(), session.getRefinements(), offset, ranking.size(), results);
    }

    private SessionView view(RetrievalSession session) {
        List<SessionMark> marks = sessions.marks(session.getId());
        return view(session, SessionReplay.adjudication(session.queryVector(), active(marks)));
    }

    private SessionView view(RetrievalSession session, Adjudication adjudication) {
        // known while the session is in memory; listing sessions must not rebuild every working set
        Integer size = workingSets.get(session.getId()).map(WorkingSet::size).orElse(null);
        return new SessionView(session.getId(), session.getName(), session.getArchiveId(),
                archives.get(session.getArchiveId()).getName(), session.getQueryImageId(), session.getCreatedAt(),
                session.getUpdatedAt(), session.getRefinements(), session.getRankerName(),
                List.copyOf(adjudication.positiveIds()), List.copyOf(adjudication.negativeIds()), size,
                adjudication.canUndo());
    }
}

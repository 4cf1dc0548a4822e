package org.xcbir.saliency;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.xcbir.admin.BatchJobs;
import org.xcbir.admin.DataDirectory;
import org.xcbir.archive.ArchiveRepository;
import org.xcbir.retrieval.RetrievalSessions;
import org.xcbir.retrieval.SearchableArchives;
import org.xcbir.retrieval.VectorIndex;

/**
 * Starts and reports the saliency precompute job ({@code saliency-precompute}): the pairs are checked, written
 * to a CSV file under the data directory and read by the job, so a restart reads the same list.
 */
@Stateless
public class SaliencyJobs {
    public static final String JOB = "saliency-precompute";
    public static final int MAX_PAIRS = 100_000;
    private static final int KNN_CANDIDATES = 200;

    @Inject
    private DataDirectory dataDirectory;

    @Inject
    private SearchableArchives archives;

    @Inject
    private ArchiveRepository archiveRepository;

    @Inject
    private RetrievalSessions sessions;

    @Inject
    private VectorIndex vectors;

    public record JobProgress(long executionId, String status, long pairsDone, long pairsFailed, String exitStatus) {}

    /** The first {@code resultsPerQuery} nearest neighbours of each query image, as a search from it starts. */
    public List<MapPair> firstResults(List<Long> queryImageIds, int resultsPerQuery) {
        if (resultsPerQuery < 1 || resultsPerQuery > 1000) {
            throw new IllegalArgumentException("Results per query must be 1 to 1000, not " + resultsPerQuery + ".");
        }
        List<MapPair> pairs = new ArrayList<>();
        for (long queryImageId : queryImageIds) {
            long archiveId = archives.archiveOf(queryImageId).orElseThrow(
                    () -> new IllegalArgumentException("There is no archive image " + queryImageId + "."));
            String alias = VectorIndex.aliasOf(archiveRepository.get(archiveId).getName());
            vectors.nearest(alias, sessions.describeArchiveImage(queryImageId), resultsPerQuery,
                    Math.max(KNN_CANDIDATES, resultsPerQuery))
                    .forEach(n -> pairs.add(new MapPair(queryImageId, n.imageId())));
        }
        return pairs;
    }

    /** Checks every pair (both images exist, same archive), stores the list and starts the job. */
    public long start(List<MapPair> pairs) {
        if (pairs.isEmpty() || pairs.size() > MAX_PAIRS) {
            throw new IllegalArgumentException("Give 1 to " + MAX_PAIRS + " pairs, not " + pairs.size() + ".");
        }
        for (MapPair pair : pairs) {
            long archive = archives.archiveOf(pair.queryImageId()).orElseThrow(
                    () -> new IllegalArgumentException("There is no archive image " + pair.queryImageId() + "."));
            if (archives.archiveOf(pair.resultImageId()).filter(a -> a == archive).isEmpty()) {
                throw new IllegalArgumentException("Result image " + pair.resultImageId()
                        + " is not in the archive of query image " + pair.queryImageId() + ".");
            }
        }
        Path file = dataDirectory.resolve("saliency-jobs").resolve("pairs-" + UUID.randomUUID() + ".csv");
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                MapPair.write(pairs, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The pair list could not be written to " + file, e);
        }
        Properties parameters = new Properties();
        parameters.setProperty("pairsFile", file.toString());
        return BatchRuntime.getJobOperator().start(JOB, parameters);
    }

    public JobProgress progress(long executionId) {
        BatchJobs.JobProgress progress = BatchJobs.progress(executionId, JOB);
        return new JobProgress(executionId, progress.status(), progress.written(), progress.filtered(),
                progress.exitStatus());
    }

    /** Stops this bean's running jobs after their current chunk (only the bean that started a job sees it). */
    public List<Long> stopRunningJobs() {
        return BatchJobs.stopRunning(JOB);
    }

    /** The batch status of executions {@link #stopRunningJobs} returned ({@code null}: unreadable). */
    public Map<Long, BatchStatus> jobStatuses(List<Long> executions) {
        return BatchJobs.statuses(executions);
    }
}

package org.xcbir.archive;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.xcbir.admin.BatchJobs;
import org.xcbir.archive.demo.DemoArchiveSettings;
import org.xcbir.descriptor.ModelRuntime;
import org.xcbir.retrieval.VectorIndex;

/** Registers archives and runs their indexing job (Jakarta Batch: visible in asadmin list-batch-jobs). */
@Stateless
@LocalBean
@Local(ArchiveRegistry.class)
public class ArchiveService implements ArchiveRegistry {
    public static final String INDEX_JOB = "archive-index";
    public static final String DEMO_JOB = "demo-archive";

    @Inject
    private ArchiveRepository archives;

    @Inject
    private ModelRuntime model;

    private final Clock clock = Clock.systemUTC();

    /**
     * Registers a folder of images with one or more COCO instances files (one path per line, or separated by
     * commas). Nothing is read yet: the indexing job ingests the files.
     */
    public Archive register(String name, String imageFolder, String instancesFiles) {
        String canonicalName = ArchiveName.canonical(name);
        if (archives.findByName(canonicalName).isPresent()) {
            throw new IllegalArgumentException("An archive named '" + canonicalName + "' exists already.");
        }
        Path root = Path.of(required(imageFolder, "Enter the image folder on the server.")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("The image folder " + root + " does not exist on the server.");
        }
        List<Path> files = Arrays.stream(required(instancesFiles, "Enter at least one COCO instances_*.json file.")
                        .split("[,\n]"))
                .map(String::trim).filter(f -> !f.isEmpty())
                .map(f -> root.resolve(f).toAbsolutePath().normalize()).toList();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("The annotation file " + file + " does not exist on the server.");
            }
        }
        Archive archive = new Archive(canonicalName, root.toString(),
                files.stream().map(Path::toString).collect(Collectors.joining("\n")), clock.instant());
        archives.add(archive);
        return archive;
    }

    @Override
    public long registerAndIndex(String name, String imageFolder, String instancesFiles) {
        Archive archive = register(name, imageFolder, instancesFiles);
        startIndexing(archive.getId());
        return archive.getId();
    }

    /** Starts the job that renders a demo archive with these settings and then indexes it. */
    public long generateDemo(String name, DemoArchiveSettings settings) {
        String canonicalName = ArchiveName.canonical(name);
        if (archives.findByName(canonicalName).isPresent()) {
            throw new IllegalArgumentException("An archive named '" + canonicalName + "' exists already.");
        }
        if (settings.imageCount() < 1 || settings.imageCount() > 200_000) {
            throw new IllegalArgumentException("A demo archive has 1 to 200,000 images.");
        }
        settings.backgroundPhotos().filter(folder -> !Files.isDirectory(folder)).ifPresent(folder -> {
            throw new IllegalArgumentException("The background photo folder " + folder
                    + " does not exist on the server.");
        });
        model.embedder(); // fail now, with a clear message, if the descriptor is not ready
        Properties parameters = new Properties();
        parameters.setProperty("name", canonicalName);
        parameters.putAll(settings.toOptions());
        return BatchRuntime.getJobOperator().start(DEMO_JOB, parameters);
    }

    public boolean anyArchive() {
        return !archives.findAll().isEmpty();
    }

    /**
     * Starts the archive's indexing job, or continues an earlier run of the same model: a stopped or failed run
     * restarts from its checkpoint; an interrupted one (the server went down) starts a new execution after the
     * last committed chunk, because the batch runtime cannot restart an execution it still believes running.
     */
    public long startIndexing(long archiveId) {
        Archive archive = refreshed(archiveId);
        if (archive.getIndexState() == Archive.IndexState.INDEXING) {
            throw new IllegalArgumentException("Archive '" + archive.getName() + "' is being indexed already.");
        }
        String modelId = model.embedder().modelId();
        String alias = VectorIndex.aliasOf(archive.getName());
        JobOperator jobs = BatchRuntime.getJobOperator();
        Long previous = archive.getIndexJobExecution();
        boolean sameModel = modelId.equals(archive.getModelId());
        long execution;
        Optional<JobExecution> previousRun = ownExecution(previous);
        if (sameModel && previousRun.isPresent() && restartable(previousRun.get().getBatchStatus())) {
            execution = jobs.restart(previous, parameters(archiveId, archive.getIndexedUpToImageId()));
            archive.indexingStarted(execution, alias, modelId, clock.instant());
        } else if (sameModel && archive.getIndexState() == Archive.IndexState.INTERRUPTED) {
            execution = jobs.start(INDEX_JOB, parameters(archiveId, archive.getIndexedUpToImageId()));
            archive.indexingStarted(execution, alias, modelId, clock.instant());
        } else {
            archives.clearSkipped(archiveId);
            execution = jobs.start(INDEX_JOB, parameters(archiveId, 0));
            archive.indexingStartedOver(execution, alias, modelId, clock.instant());
        }
        return execution;
    }

    /**
     * Runs once at start-up, before any job of this deployment exists: an archive still marked INDEXING lost its
     * job with the previous server process and is marked INTERRUPTED. Returned with the ones already INTERRUPTED
     * (an earlier start-up that failed before it could continue them), so all of them can continue.
     */
    public List<Archive> markInterruptedRuns() {
        List<Archive> unfinished = archives.findAll().stream()
                .filter(a -> a.getIndexState() == Archive.IndexState.INDEXING
                        || a.getIndexState() == Archive.IndexState.INTERRUPTED).toList();
        unfinished.stream().filter(a -> a.getIndexState() == Archive.IndexState.INDEXING)
                .forEach(a -> a.indexingEnded(Archive.IndexState.INTERRUPTED, clock.instant()));
        return unfinished;
    }

    /** Asks the running job to stop after its current chunk; a later start continues from there. */
    public void stopIndexing(long archiveId) {
        Archive archive = refreshed(archiveId);
        if (archive.getIndexState() != Archive.IndexState.INDEXING || archive.getIndexJobExecution() == null) {
            throw new IllegalArgumentException("Archive '" + archive.getName() + "' is not being indexed.");
        }
        BatchRuntime.getJobOperator().stop(archive.getIndexJobExecution());
    }

    /** All archives, with the state of their jobs brought up to date (a crash or a stop ends INDEXING). */
    public List<Archive> list() {
        return archives.findAll().stream().map(a -> refreshed(a.getId())).toList();
    }

    public Archive get(long archiveId) {
        return refreshed(archiveId);
    }

    public List<ArchiveClass> classes(long archiveId) {
        return archives.classes(archiveId);
    }

    /** The archive's image with that id, if it has one. */
    public Optional<ArchiveImage> image(long archiveId, long imageId) {
        archives.get(archiveId);
        return archives.image(imageId).filter(image -> image.getArchiveId() == archiveId);
    }

    /** The ground-truth instances of an image, in the order of its COCO file. */
    public List<ArchiveAnnotation> annotations(long imageId) {
        return archives.annotations(imageId);
    }

    public List<SkippedImage> skipped(long archiveId) {
        return archives.skipped(archiveId);
    }

    /**
     * Where the archive's latest job execution started reading: after this image id (0: from the first image).
     * A run continued after a server crash starts after the last chunk the lost run committed.
     */
    public long latestRunStartedAfterImageId(long archiveId) {
        Long execution = archives.get(archiveId).getIndexJobExecution();
        String value = ownExecution(execution)
                .map(e -> BatchRuntime.getJobOperator().getParameters(e.getExecutionId()).getProperty("resumeAfterImageId"))
                .orElse(null);
        return value == null ? 0 : Long.parseLong(value);
    }

    /** Job status as a person reads it: "STARTED", "COMPLETED", "FAILED: …". */
    public String jobStatus(long archiveId) {
        Archive archive = archives.get(archiveId);
        if (archive.getIndexJobExecution() == null) {
            return "never run";
        }
        Optional<JobExecution> run = ownExecution(archive.getIndexJobExecution());
        if (run.isEmpty()) {
            return "ran under an earlier deployment";
        }
        JobExecution execution = run.get();
        String batchStatus = execution.getBatchStatus().name();
        String exitStatus = execution.getExitStatus();
        return exitStatus == null || exitStatus.equals(batchStatus) ? batchStatus : batchStatus + " (" + exitStatus + ")";
    }

    private Archive refreshed(long archiveId) {
        Archive archive = archives.get(archiveId);
        Optional<JobExecution> run = archive.getIndexState() == Archive.IndexState.INDEXING
                ? ownExecution(archive.getIndexJobExecution()) : Optional.empty();
        if (run.isPresent()) {
            JobExecution execution = run.get();
            Instant endedAt = execution.getEndTime() == null ? clock.instant() : execution.getEndTime().toInstant();
            switch (execution.getBatchStatus()) {
                case STOPPED, ABANDONED -> archive.indexingEnded(Archive.IndexState.STOPPED, endedAt);
                case FAILED -> archive.indexingEnded(Archive.IndexState.FAILED, endedAt);
                default -> { }
            }
        }
        return archive;
    }

    /**
     * A job execution of this deployment. The batch runtime refuses to show executions of an earlier deployment of
     * the application (after an upgrade); for those the archive's own state is what counts.
     */
    private static Optional<JobExecution> ownExecution(Long executionId) {
        if (executionId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(BatchRuntime.getJobOperator().getJobExecution(executionId));
        } catch (JobSecurityException | NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    private static boolean restartable(BatchStatus status) {
        return status == BatchStatus.STOPPED || status == BatchStatus.FAILED;
    }

    private static Properties parameters(long archiveId, long resumeAfterImageId) {
        Properties parameters = new Properties();
        parameters.setProperty("archiveId", Long.toString(archiveId));
        parameters.setProperty("resumeAfterImageId", Long.toString(resumeAfterImageId));
        return parameters;
    }

    private static String required(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return value;
    }

    /**
     * Stops this bean's running jobs after their current chunk (only the bean that started a job sees it), when
     * the application goes down. An archive whose indexing is stopped so is marked INTERRUPTED at once, so that
     * it continues by itself after the next start even if a page reads the STOPPED job before the server is down.
     */
    public List<Long> stopRunningJobs() {
        List<Long> stopping = BatchJobs.stopRunning(INDEX_JOB, DEMO_JOB);
        archives.findAll().stream()
                .filter(a -> a.getIndexState() == Archive.IndexState.INDEXING && stopping.contains(a.getIndexJobExecution()))
                .forEach(a -> a.indexingEnded(Archive.IndexState.INTERRUPTED, clock.instant()));
        return stopping;
    }

    /** The batch status of executions {@link #stopRunningJobs} returned ({@code null}: unreadable). */
    public Map<Long, BatchStatus> jobStatuses(List<Long> executions) {
        return BatchJobs.statuses(executions);
    }
}

package org.xcbir.statistics;

import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.xcbir.admin.BatchJobs;
import org.xcbir.admin.DataDirectory;
import org.xcbir.study.StudyService;

/**
 * A study's report as files: each run writes the tables (CSV, JSON, XLSX), the figures (SVG, PNG) and the inputs it
 * used (tasks, answers, class statistics as CSV, so {@code bin/xcbir stats} can recompute it outside the portal)
 * into a fresh folder, and only then points {@code latest} at it: a page never sees half a report.
 */
@Stateless
@Local(StatisticsRun.class)
@LocalBean // also injected as itself by the pages and the REST API
public class StudyStatistics implements StatisticsRun {
    public static final String JOB = "study-statistics";
    public static final int MAX_PERMUTATIONS = 1_000_000;
    static final String TASKS_FILE = "tasks.csv";
    static final String ANSWERS_FILE = "answers.csv";
    static final String CLASSES_FILE = "classes.csv";
    private static final String ABOUT_FILE = "about.properties";
    private static final String LATEST = "latest";
    private static final int RUNS_KEPT = 3;

    @Inject
    private StudyService studies;

    @Inject
    private DataDirectory dataDirectory;

    private final Clock clock = Clock.systemUTC();

    /** What a stored report was computed from, and its files. */
    public record ReportInfo(long studyId, Instant computedAt, boolean includeSimulated, int permutations, long seed,
            int tasksAnalysed, int simulatedTasksExcluded, List<String> files) {}

    public record JobState(long executionId, String status, String exitStatus) {}

    /** Starts the statistics job for a study; the report replaces the latest one when the job completes. */
    public long start(long studyId, boolean includeSimulated, int permutations, long seed) {
        studies.get(studyId);
        if (permutations < 1 || permutations > MAX_PERMUTATIONS) {
            throw new IllegalArgumentException("Use 1 to " + MAX_PERMUTATIONS + " permutations (the paper: "
                    + PermutationSettings.PAPER_PERMUTATIONS + "), not " + permutations + ".");
        }
        Properties parameters = new Properties();
        parameters.setProperty("studyId", Long.toString(studyId));
        parameters.setProperty("includeSimulated", Boolean.toString(includeSimulated));
        parameters.setProperty("permutations", Integer.toString(permutations));
        parameters.setProperty("seed", Long.toString(seed));
        return BatchRuntime.getJobOperator().start(JOB, parameters);
    }

    public JobState job(long executionId) {
        JobExecution execution;
        try {
            execution = BatchRuntime.getJobOperator().getJobExecution(executionId);
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw new IllegalArgumentException("There is no statistics job execution " + executionId + ".");
        }
        if (!JOB.equals(execution.getJobName())) {
            throw new IllegalArgumentException("Execution " + executionId + " is not a statistics job.");
        }
        return new JobState(executionId, execution.getBatchStatus().name(), execution.getExitStatus());
    }

    /** Reads the study's records in one transaction of its own, then computes and writes without holding one. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String computeAndStore(long studyId, boolean includeSimulated, int permutations, long seed)
            throws IOException {
        List<TaskResult> tasks = studies.taskResults(studyId);
        List<LikertAnswer> answers = studies.answers(studyId);
        List<ClassArchiveStats> classes = studies.classStatistics(studyId);
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("Study " + studyId + " has no finished tasks yet; nothing to analyse.");
        }
        StudyOptions options = new StudyOptions(includeSimulated, new PermutationSettings(permutations, seed,
                PermutationSettings.DEFAULT_BLOCK_SIZE, true, PermutationSettings.PAPER_ALPHA));
        StudyReport report = StudyAnalysis.analyse(tasks, classes, answers, options);

        Path study = studyFolder(studyId);
        Instant now = clock.instant();
        Path run = study.resolve("run-" + now.toEpochMilli());
        Files.createDirectories(run);
        List<Path> written = new ArrayList<>(ReportExporter.writeAll(ReportTables.of(report), run));
        written.addAll(ReportFigures.writeAll(report, run));
        written.add(writeCsv(run.resolve(TASKS_FILE), out -> TaskResultCsv.write(out, tasks)));
        written.add(writeCsv(run.resolve(ANSWERS_FILE), out -> LikertAnswerCsv.write(out, answers)));
        written.add(writeCsv(run.resolve(CLASSES_FILE), out -> ClassArchiveStatsCsv.write(out, classes)));
        Properties about = new Properties();
        about.setProperty("computedAt", now.toString());
        about.setProperty("includeSimulated", Boolean.toString(includeSimulated));
        about.setProperty("permutations", Integer.toString(permutations));
        about.setProperty("seed", Long.toString(seed));
        about.setProperty("tasksAnalysed", Integer.toString(report.tasksAnalysed()));
        about.setProperty("simulatedTasksExcluded", Integer.toString(report.simulatedTasksExcluded()));
        about.setProperty("files", String.join(",", written.stream().map(p -> p.getFileName().toString()).toList()));
        try (Writer out = Files.newBufferedWriter(run.resolve(ABOUT_FILE), StandardCharsets.UTF_8)) {
            about.store(out, "xcbir study report");
        }
        Path pointer = study.resolve(LATEST + ".tmp");
        Files.writeString(pointer, run.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(pointer, study.resolve(LATEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        removeOldRuns(study, run);
        return report.tasksAnalysed() + " tasks analysed" + (report.simulatedTasksExcluded() > 0
                ? ", " + report.simulatedTasksExcluded() + " simulated left out" : "");
    }

    /** The latest stored report of a study, if one was computed. */
    public Optional<ReportInfo> latest(long studyId) {
        return latestRun(studyId).map(run -> {
            Properties about = new Properties();
            try (Reader in = Files.newBufferedReader(run.resolve(ABOUT_FILE), StandardCharsets.UTF_8)) {
                about.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ReportInfo(studyId, Instant.parse(about.getProperty("computedAt")),
                    Boolean.parseBoolean(about.getProperty("includeSimulated")),
                    Integer.parseInt(about.getProperty("permutations")), Long.parseLong(about.getProperty("seed")),
                    Integer.parseInt(about.getProperty("tasksAnalysed")),
                    Integer.parseInt(about.getProperty("simulatedTasksExcluded")),
                    List.of(about.getProperty("files").split(",")));
        });
    }

    /** A file of the latest report; only the names the report lists (no path tricks). */
    public Optional<Path> file(long studyId, String name) {
        return latest(studyId).filter(info -> info.files().contains(name))
                .flatMap(info -> latestRun(studyId)).map(run -> run.resolve(name));
    }

    /** A table of the latest report as text rows, the first row its header. */
    public List<List<String>> table(long studyId, String name) {
        Optional<Path> file = file(studyId, name + ".csv");
        if (file.isEmpty()) {
            return List.of();
        }
        try (Reader in = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
            return ReportTableCsv.rows(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Path> latestRun(long studyId) {
        Path pointer = studyFolder(studyId).resolve(LATEST);
        if (!Files.exists(pointer)) {
            return Optional.empty();
        }
        try {
            return Optional.of(studyFolder(studyId).resolve(Files.readString(pointer, StandardCharsets.UTF_8).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path studyFolder(long studyId) {
        return dataDirectory.resolve("reports").resolve("study-" + studyId);
    }

    @FunctionalInterface
    private interface CsvContent {
        void write(Writer out) throws IOException;
    }

    private static Path writeCsv(Path file, CsvContent content) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            content.write(out);
        }
        return file;
    }

    /** Keeps the newest runs (a page may still be reading the one before the latest). */
    private static void removeOldRuns(Path study, Path latest) throws IOException {
        List<Path> runs;
        try (Stream<Path> list = Files.list(study)) {
            runs = list.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("run-"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        for (Path old : runs.subList(Math.min(RUNS_KEPT, runs.size()), runs.size())) {
            if (!old.equals(latest)) {
                try (Stream<Path> files = Files.walk(old)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
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

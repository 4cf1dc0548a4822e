package org.xcbir.study;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.random.RandomGenerator;
import org.xcbir.admin.BatchJobs;
import org.xcbir.archive.Archive;
import org.xcbir.archive.ArchiveClass;
import org.xcbir.archive.ArchiveRepository;
import org.xcbir.archive.CocoInstancesReader;
import org.xcbir.retrieval.RetrievalSessions.Result;
import org.xcbir.retrieval.RetrievalSessions;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.retrieval.session.SessionActivity;
import org.xcbir.saliency.SaliencyMap;
import org.xcbir.saliency.SaliencyService;
import org.xcbir.study.StudyService.ParticipationView;
import org.xcbir.study.StudyService.TaskView;
import org.xcbir.study.simulation.GroundTruth;
import org.xcbir.study.simulation.GroundTruthCollector;
import org.xcbir.study.simulation.SearchOutcome;
import org.xcbir.study.simulation.SearchTask;
import org.xcbir.study.simulation.SimulatedQuestionnaire;
import org.xcbir.study.simulation.SimulationSettings;
import org.xcbir.study.simulation.TaskComparison;

/**
 * Simulated participants (the domain's {@code org.xcbir.study.simulation}) run through a study over the real
 * services: each enrols, reads the tutorial, searches in real retrieval sessions (marks, refines, maps computed by
 * the saliency service), answers the questionnaires and is stored like a person, flagged as simulated. Every
 * step is a transaction of its own, as a person's clicks are.
 */
@Stateless
@Local(ParticipantSimulation.class)
@LocalBean // also injected as itself by the pages and the REST API
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StudySimulation implements ParticipantSimulation {
    public static final String JOB = "study-simulation";
    public static final int MAX_PARTICIPANTS = 10_000;
    private static final int REFINED_PAGE = 20;

    @Inject
    private StudyService studies;

    @Inject
    private RetrievalSessions sessions;

    @Inject
    private SaliencyService saliency;

    @Inject
    private ArchiveRepository archives;

    @Inject
    private Event<SessionActivity> activity;

    /** Checks the settings and the study, then starts the simulation job. */
    public long start(long studyId, int participants, Map<String, String> settings) {
        SimulationSettings.parse(settings); // refuses bad values now, not in the middle of the job
        StudyService.StudyView study = studies.get(studyId);
        if (study.state() != Study.State.OPEN) {
            throw new IllegalArgumentException("Study '" + study.name() + "' is not open; open it to simulate.");
        }
        if (participants < 1 || participants > MAX_PARTICIPANTS) {
            throw new IllegalArgumentException("Simulate 1 to " + MAX_PARTICIPANTS + " participants, not "
                    + participants + ".");
        }
        Properties parameters = new Properties();
        settings.forEach(parameters::setProperty);
        parameters.setProperty("studyId", Long.toString(studyId));
        parameters.setProperty("participants", Integer.toString(participants));
        return BatchRuntime.getJobOperator().start(JOB, parameters);
    }

    /** How far a simulation job has come (participants done = items written). */
    public BatchJobs.JobProgress progress(long executionId) {
        return BatchJobs.progress(executionId, JOB);
    }

    @Override
    public String simulate(long studyId, String runName, int number, Map<String, String> parameters)
            throws IOException {
        SimulationSettings settings = SimulationSettings.parse(parameters);
        String name = runName + "-" + number;
        studies.joinSimulated(studyId, name);
        ParticipationView view = studies.finishTutorial(name);
        StudyService.StudyView study = studies.get(studyId);
        long archiveId = study.archiveId();
        List<LikertStatement> questionnaire = StatementText.parse(study.statements());
        Map<Condition, SearchOutcome> outcomes = new HashMap<>();
        StringBuilder account = new StringBuilder(name);
        for (int task = 1; task <= 2; task++) {
            TaskView started = studies.startTask(name, task).task();
            GroundTruth truth = groundTruth(archiveId, started.targetClass());
            RandomGenerator random = settings.randomForTask(number, started.condition());
            SearchOutcome outcome = settings.participant().search(new SessionTask(name, started), started.condition(),
                    truth, started.targetCount(), random);
            outcomes.put(started.condition(), outcome);
            account.append("; task ").append(task).append(' ').append(started.condition()).append(": ")
                    .append(outcome.found()).append(" found in ").append(outcome.pagesSeen()).append(" pages");
            if (!outcome.targetReached()) {
                return account.append(", gave up (").append(outcome.ending()).append(')').toString();
            }
            view = studies.finishTask(name, task);
            TaskComparison comparison = outcomes.size() == 2
                    ? TaskComparison.of(outcomes.get(Condition.NO_XAI), outcomes.get(Condition.WITH_XAI))
                    : TaskComparison.NO_DIFFERENCE; // the other task is still to come
            view = answer(name, view, questionnaire, comparison, settings.randomForQuestionnaires(number));
        }
        answer(name, view, questionnaire, TaskComparison.of(outcomes.get(Condition.NO_XAI), outcomes.get(Condition.WITH_XAI)),
                settings.randomForQuestionnaires(number));
        return account.toString();
    }

    /** Answers the questionnaire the participant is at (a stage without statements is just passed). */
    private ParticipationView answer(String name, ParticipationView view, List<LikertStatement> questionnaire,
            TaskComparison comparison, RandomGenerator random) {
        List<LikertStatement> statements = view.statements().stream().map(s -> questionnaire.stream()
                .filter(q -> q.id().equals(s.id())).findFirst().orElseThrow()).toList();
        Map<String, Integer> answers = new HashMap<>();
        SimulatedQuestionnaire.defaults().answer(statements, comparison, random)
                .forEach((id, level) -> answers.put(id, level.score()));
        return studies.submitQuestionnaire(name, view.stage(), answers);
    }

    /** Where the task's class is in each archive image, from the archive's COCO files. */
    private GroundTruth groundTruth(long archiveId, String className) throws IOException {
        int categoryId = archives.classes(archiveId).stream().filter(c -> c.getName().equals(className))
                .map(ArchiveClass::getCategoryId).findFirst()
                .orElseThrow(() -> new IllegalStateException("Class " + className + " is not in archive " + archiveId));
        Archive archive = archives.get(archiveId);
        GroundTruthCollector collector = new GroundTruthCollector(archiveId, categoryId);
        for (String file : Arrays.stream(archive.getInstancesFiles().split("\n")).map(String::trim)
                .filter(f -> !f.isEmpty()).toList()) {
            new CocoInstancesReader().read(Path.of(file), collector);
        }
        return collector.groundTruth();
    }

    /** A task's retrieval session as the simulated participant uses it. */
    private final class SessionTask implements SearchTask {
        private final String owner;
        private final TaskView task;

        SessionTask(String owner, TaskView task) {
            this.owner = owner;
            this.task = task;
        }

        @Override
        public List<Long> results(int offset, int limit) {
            return sessions.results(owner, task.sessionId(), offset, limit).results().stream().map(Result::imageId)
                    .toList();
        }

        @Override
        public void mark(long imageId, Relevance relevance) {
            sessions.mark(owner, task.sessionId(), imageId, relevance);
        }

        @Override
        public void refine() {
            sessions.refine(owner, task.sessionId(), REFINED_PAGE);
        }

        @Override
        public Optional<SaliencyMap> map(long imageId) {
            float[] query = sessions.queryVector(owner, task.sessionId());
            try {
                if (!saliency.precomputeAndWait(query, List.of(imageId)).isEmpty()) {
                    return Optional.empty();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            Optional<SaliencyMap> map = saliency.map(saliency.key(query, imageId));
            map.ifPresent(m -> activity.fire(new SessionActivity(owner, task.sessionId(),
                    SessionActivity.Kind.MAP_VIEWED, imageId, "simulated participant")));
            return map;
        }

        @Override
        public int found() {
            return (int) sessions.get(owner, task.sessionId()).positives().stream()
                    .filter(id -> id != task.queryImageId()).count();
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

package org.xcbir.study;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.xcbir.admin.Role;
import org.xcbir.admin.UserService;
import org.xcbir.archive.Archive;
import org.xcbir.archive.ArchiveImage;
import org.xcbir.archive.ArchiveRepository;
import org.xcbir.retrieval.RetrievalSessions;
import org.xcbir.retrieval.SearchableArchives;
import org.xcbir.statistics.ClassArchiveStats;
import org.xcbir.statistics.LikertAnswer;
import org.xcbir.statistics.QuestionnaireContext;
import org.xcbir.statistics.TaskResult;

/**
 * Studies for researchers (define, open, close, watch) and the participant flow (enrol, tutorial, two search tasks,
 * questionnaires, completion code). The rules are the domain's ({@link AssignmentLedger}, {@link ParticipantFlow});
 * this service loads their state, serialises changes with row locks (the study for assignments, the participant
 * for their own steps) and stores the outcome and the event log.
 */
@Stateless
public class StudyService {

    @Inject
    private StudyRepository studies;

    @Inject
    private ArchiveRepository archives;

    @Inject
    private SearchableArchives searchable;

    @Inject
    private UserService users;

    @Inject
    private RetrievalSessions sessions;

    private static final int POOL_PAGE = 1000;

    private final Clock clock = Clock.systemUTC();
    private final CompletionCodeSource completionCodes = new RandomCompletionCodes();
    /** Invitation codes need the same: unguessable, nothing to confuse when typed. */
    private final CompletionCodeSource invitationCodes = new RandomCompletionCodes();

    public static final int MAX_INVITATIONS_AT_ONCE = 1000;

    public record PoolEntry(long imageId, String targetClass) {}

    /**
     * What a researcher defines; {@code seed} null draws one, {@code statements} null asks the paper's (text as
     * {@link StatementText}), {@code tutorialImageIds} are archive images shown with the tutorial.
     */
    public record Definition(String name, long archiveId, Study.Enrolment enrolment, Integer targetCount,
            Integer timeLimitSeconds, Integer minimumServings, Long seed, String tutorial, List<PoolEntry> pool,
            String statements, List<Long> tutorialImageIds) {}

    public record StudyView(long id, String name, long archiveId, String archiveName, Study.State state,
            Study.Enrolment enrolment, int targetCount, Integer timeLimitSeconds, int minimumServings, long seed,
            String tutorial, List<PoolEntry> pool, int taskPairs, int participants, int completed, String statements,
            List<Long> tutorialImageIds) {}

    public record ParticipantSummary(String username, int pairId, ConditionOrder order, AssignmentStatus status,
            FlowStage stage, Instant enrolledAt, String completionCode, boolean simulated) {}

    /** A task as the participant sees it: what to find, in which condition, in which retrieval session. */
    public record TaskView(int number, Condition condition, long queryImageId, String targetClass, int targetCount,
            int found, Long sessionId, Instant deadline) {}

    public record Statement(String id, String text) {}

    public record InvitationView(String code, Instant createdAt, String usedBy, Instant usedAt) {}

    /** One row of a study's event log, with the participant's name and the task's condition. */
    public record EventView(long id, Instant at, String participant, StudyEvent.Type type, Integer task,
            Condition condition, Long imageId, String detail) {}

    /** A proposed query pool for review: the entries, the chosen classes with their quartiles, the balance. */
    public record PoolProposal(List<PoolEntry> pool, List<ProposedClass> classes, boolean marginalsBalanced) {}

    /** Where a participant stands and what the current stage needs. */
    public record ParticipationView(String studyName, FlowStage stage, String stageDescription, String tutorial,
            List<Long> tutorialImageIds, TaskView task, List<Statement> statements, String completionCode) {}

    public StudyView create(String researcher, Definition definition) {
        if (definition.name() == null || definition.name().isBlank() || definition.name().length() > 100) {
            throw new IllegalArgumentException("Give the study a name of 1 to 100 characters.");
        }
        if (studies.all().stream().anyMatch(s -> s.getName().equals(definition.name().trim()))) {
            throw new IllegalArgumentException("A study named '" + definition.name().trim() + "' exists already.");
        }
        Archive archive = archives.get(definition.archiveId());
        if (archive.getIndexState() != Archive.IndexState.INDEXED) {
            throw new IllegalArgumentException("Archive '" + archive.getName() + "' is not indexed yet.");
        }
        List<PoolEntry> pool = definition.pool() == null ? List.of() : definition.pool();
        for (PoolEntry entry : pool) {
            if (searchable.archiveOf(entry.imageId()).filter(a -> a == archive.getId()).isEmpty()) {
                throw new IllegalArgumentException("Query image " + entry.imageId() + " is not in archive '"
                        + archive.getName() + "'.");
            }
        }
        Study study = new Study(definition.name().trim(), archive.getId(),
                definition.enrolment() == null ? Study.Enrolment.SELF_REGISTRATION : definition.enrolment(),
                definition.targetCount() == null ? StudyDesign.DEFAULT_TARGET_COUNT : definition.targetCount(),
                definition.timeLimitSeconds(),
                definition.minimumServings() == null ? StudyDesign.DEFAULT_MINIMUM_SERVINGS_PER_PAIR
                        : definition.minimumServings(),
                definition.seed() == null ? ThreadLocalRandom.current().nextLong() : definition.seed(),
                definition.tutorial(), researcher, clock.instant());
        if (definition.statements() != null && !definition.statements().isBlank()) {
            study.useStatements(StatementText.parse(definition.statements()));
        }
        List<Long> tutorialImages = definition.tutorialImageIds() == null ? List.of() : definition.tutorialImageIds();
        for (long imageId : tutorialImages) {
            if (searchable.archiveOf(imageId).filter(a -> a == archive.getId()).isEmpty()) {
                throw new IllegalArgumentException("Tutorial image " + imageId + " is not in archive '"
                        + archive.getName() + "'.");
            }
        }
        study.showInTutorial(tutorialImages);
        List<StudyQuery> queries = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            queries.add(new StudyQuery(0, i, pool.get(i).imageId(), pool.get(i).targetClass()));
        }
        study.design(queries); // fails with the design's own reasons before anything is stored
        studies.add(study);
        for (int i = 0; i < pool.size(); i++) {
            studies.addQuery(new StudyQuery(study.getId(), i, pool.get(i).imageId(), pool.get(i).targetClass()));
        }
        return view(study);
    }

    /**
     * Proposes a query pool from the archive's ground truth: {@code classCount} classes balanced over the
     * Confuser and Area quartiles, {@code imagesPerClass} images each (see {@link QueryPoolProposal}).
     */
    public PoolProposal proposePool(long archiveId, int classCount, int imagesPerClass, int targetCount, long seed) {
        archives.get(archiveId);
        Map<Integer, Set<String>> imagesOfCategory = new HashMap<>();
        long after = 0;
        for (List<ArchiveImage> page = archives.imagesAfter(archiveId, after, POOL_PAGE); !page.isEmpty();
                page = archives.imagesAfter(archiveId, after, POOL_PAGE)) {
            for (ArchiveImage image : page) {
                image.categories().forEach(c -> imagesOfCategory.computeIfAbsent(c, k -> new HashSet<>())
                        .add(Long.toString(image.getId())));
                after = image.getId();
            }
        }
        List<ClassGroundTruth> groundTruth = archives.classes(archiveId).stream()
                .filter(c -> imagesOfCategory.containsKey(c.getCategoryId()))
                .map(c -> new ClassGroundTruth(c.getName(), imagesOfCategory.get(c.getCategoryId()), c.getConfuser(),
                        c.getMeanArea()))
                .toList();
        QueryPoolProposal proposal = QueryPoolProposal.propose(groundTruth, classCount, imagesPerClass, targetCount, seed);
        return new PoolProposal(proposal.queries().stream()
                .map(q -> new PoolEntry(Long.parseLong(q.imageId()), q.targetClass())).toList(),
                proposal.classes(), proposal.marginalsBalanced());
    }

    public List<StudyView> list() {
        return studies.all().stream().map(this::view).toList();
    }

    public StudyView get(long studyId) {
        return view(study(studyId));
    }

    public StudyView open(long studyId) {
        Study study = study(studyId);
        study.open();
        return view(study);
    }

    public StudyView close(long studyId) {
        Study study = study(studyId);
        study.close();
        return view(study);
    }

    public List<ParticipantSummary> participants(long studyId) {
        study(studyId);
        return studies.participants(studyId).stream().map(p -> new ParticipantSummary(p.getUsername(), p.getPairId(),
                p.getConditionOrder(), p.getAssignmentStatus(), p.getStage(), p.getEnrolledAt(), p.getCompletionCode(),
                p.isSimulated()))
                .toList();
    }

    /** Every finished task of the study as the statistics read it (see {@link TaskSummary}), in enrolment order. */
    public List<TaskResult> taskResults(long studyId) {
        Study study = study(studyId);
        StudyDesign design = study.design(studies.pool(studyId));
        Map<String, Integer> categoryIdOfClass = new HashMap<>();
        archives.classes(study.getArchiveId()).forEach(c -> categoryIdOfClass.put(c.getName(), c.getCategoryId()));
        List<TaskResult> results = new ArrayList<>();
        for (StudyParticipant participant : studies.participants(studyId)) {
            Assignment assignment = participant.assignment(design);
            for (int task = 1; task <= 2; task++) {
                Long sessionId = participant.taskSession(task);
                Instant ended = participant.taskEndedAt(task);
                if (sessionId == null || ended == null) {
                    continue;
                }
                QueryImage query = assignment.queryOfTask(task);
                int categoryId = categoryIdOfClass.getOrDefault(query.targetClass(), -1);
                String owner = participant.getUsername();
                results.add(TaskSummary.of(owner, participant.isSimulated(), query, assignment.order().conditionOfTask(task),
                        sessions.marks(owner, sessionId), sessions.get(owner, sessionId).refinements(),
                        participant.taskStartedAt(task), ended,
                        image -> archives.image(image).map(i -> i.hasCategory(categoryId)).orElse(false)));
            }
        }
        return results;
    }

    /**
     * Every accepted questionnaire answer of the study as the statistics read it: a sub-task questionnaire's
     * context is the condition of the task before it.
     */
    public List<LikertAnswer> answers(long studyId) {
        study(studyId);
        List<LikertAnswer> answers = new ArrayList<>();
        for (StudyParticipant participant : studies.participants(studyId)) {
            for (StudyAnswer answer : studies.answers(participant.getId())) {
                answers.add(new LikertAnswer(participant.getUsername(), contextOf(participant, answer.getStage()),
                        answer.getStatementId(), answer.getLevel()));
            }
        }
        return answers;
    }

    private static QuestionnaireContext contextOf(StudyParticipant participant, FlowStage questionnaire) {
        if (questionnaire == FlowStage.FINAL_QUESTIONNAIRE) {
            return QuestionnaireContext.FINAL;
        }
        Condition condition = participant.getConditionOrder()
                .conditionOfTask(questionnaire == FlowStage.QUESTIONNAIRE_1 ? 1 : 2);
        return QuestionnaireContext.valueOf(condition.name());
    }

    /** Confuser and Area of every class of the study's archive (computed at ingest), for the superclass split. */
    public List<ClassArchiveStats> classStatistics(long studyId) {
        Study study = study(studyId);
        return archives.classes(study.getArchiveId()).stream()
                .map(c -> new ClassArchiveStats(c.getName(), c.getConfuser(), c.getMeanArea())).toList();
    }

    /**
     * Self-registration: creates the participant's account and hands out their HIT. The study row is locked, so
     * concurrent arrivals are assigned one after the other and see each other's servings.
     */
    public ParticipationView join(long studyId, String username, char[] password, String invitationCode) {
        Study study = study(studyId);
        if (study.getState() != Study.State.OPEN) {
            throw new IllegalArgumentException("Study " + studyId + " is not open for participants.");
        }
        boolean byInvitation = study.getEnrolment() == Study.Enrolment.INVITATION;
        String code = invitationCode == null ? "" : invitationCode.trim().toUpperCase(Locale.ROOT);
        if (byInvitation && code.isEmpty()) {
            throw new IllegalArgumentException("This study takes participants by invitation: enter your invitation code.");
        }
        // the account first (hashing the password takes a while), then the locks, held only for the assignment;
        // a refused code rolls the account back with everything else
        String name = users.create(username, password, Role.PARTICIPANT).getName();
        if (byInvitation) {
            studies.invitationForUpdate(studyId, code)
                    .orElseThrow(() -> new IllegalArgumentException("The invitation code " + code
                            + " is not valid for this study; check it for typing errors."))
                    .redeem(name, clock.instant());
        }
        return enrol(study, name, false, byInvitation ? ", invitation " + code : "");
    }

    /**
     * Enrols a simulated participant (issue: simulated participants): an account with a random password nobody
     * knows, flagged so that reports can leave it out. The researcher runs the simulation, so no invitation is needed.
     */
    public ParticipationView joinSimulated(long studyId, String username) {
        Study study = study(studyId);
        if (study.getState() != Study.State.OPEN) {
            throw new IllegalArgumentException("Study '" + study.getName() + "' is not open; open it to simulate.");
        }
        String name = users.create(username, (invitationCodes.newCode() + invitationCodes.newCode()).toCharArray(),
                Role.PARTICIPANT).getName();
        return enrol(study, name, true, ", simulated");
    }

    /** Hands out the HIT under the study's row lock, so concurrent arrivals see each other's servings. */
    private ParticipationView enrol(Study study, String name, boolean simulated, String note) {
        long studyId = study.getId();
        studies.findForUpdate(studyId);
        if (study.getState() != Study.State.OPEN) {
            throw new IllegalArgumentException("Study " + studyId + " closed a moment ago.");
        }
        Instant now = clock.instant();
        StudyDesign design = study.design(studies.pool(studyId));
        List<StudyParticipant> enrolled = studies.participants(studyId);
        AssignmentLedger ledger = AssignmentLedger.restore(design,
                enrolled.stream().map(p -> p.assignment(design)).toList());
        for (Assignment released : ledger.releaseExpired(now)) {
            enrolled.stream().filter(p -> p.getUsername().equals(released.participant().value())).findFirst()
                    .ifPresent(p -> p.assignmentStatus(AssignmentStatus.ABANDONED));
        }
        StudyParticipant participant = new StudyParticipant(studyId, name, ledger.assign(new ParticipantId(name), now));
        if (simulated) {
            participant.markSimulated();
        }
        studies.addParticipant(participant);
        log(participant, now, StudyEvent.Type.ENROLLED, null, null, "pair " + participant.getPairId() + ", "
                + participant.getConditionOrder() + note);
        return view(study, design, participant, flow(design, participant));
    }

    /** New one-time invitation codes for an invitation-only study. */
    public List<String> invite(long studyId, int count) {
        Study study = study(studyId);
        if (study.getEnrolment() != Study.Enrolment.INVITATION) {
            throw new IllegalArgumentException("Study '" + study.getName() + "' takes self-registrations; "
                    + "invitation codes are for invitation-only studies.");
        }
        if (study.getState() == Study.State.CLOSED) {
            throw new IllegalArgumentException("Study '" + study.getName() + "' is closed.");
        }
        if (count < 1 || count > MAX_INVITATIONS_AT_ONCE) {
            throw new IllegalArgumentException("Create 1 to " + MAX_INVITATIONS_AT_ONCE + " codes at a time.");
        }
        Instant now = clock.instant();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = invitationCodes.newCode();
            studies.addInvitation(new StudyInvitation(studyId, code, now));
            codes.add(code);
        }
        return codes;
    }

    public List<InvitationView> invitations(long studyId) {
        study(studyId);
        return studies.invitations(studyId).stream()
                .map(i -> new InvitationView(i.getCode(), i.getCreatedAt(), i.getUsedBy(), i.getUsedAt())).toList();
    }

    /** The study's whole event log, oldest first, each row with its participant and the task's condition. */
    public List<EventView> events(long studyId) {
        study(studyId);
        Map<Long, StudyParticipant> participants = new HashMap<>();
        studies.participants(studyId).forEach(p -> participants.put(p.getId(), p));
        return studies.eventsOfStudy(studyId).stream().map(e -> {
            StudyParticipant participant = participants.get(e.getParticipantId());
            Condition condition = e.getTaskNumber() == null ? null
                    : participant.getConditionOrder().conditionOfTask(e.getTaskNumber());
            return new EventView(e.getId(), e.getAt(), participant.getUsername(), e.getType(), e.getTaskNumber(),
                    condition, e.getImageId(), e.getDetail());
        }).toList();
    }

    /**
     * Whether saliency maps are withheld from this person in this session: true for the search session of a
     * participant's no-XAI task (the condition the study compares against).
     */
    public boolean explanationsWithheld(String username, long sessionId) {
        return studies.participant(username)
                .map(p -> taskOfSession(p, sessionId) != null
                        && p.getConditionOrder().conditionOfTask(taskOfSession(p, sessionId)) == Condition.NO_XAI)
                .orElse(false);
    }

    /**
     * Logs what a participant did in one of their task sessions; activity elsewhere is not the study's. A finished
     * task is closed: a mark, undo or refine in it (from a stale page) is refused, so its results stay as handed in.
     */
    public void logTaskActivity(String username, long sessionId, StudyEvent.Type type, Long imageId, String detail) {
        studies.participant(username).ifPresent(participant -> {
            Integer task = taskOfSession(participant, sessionId);
            if (task == null) {
                return;
            }
            boolean changes = type == StudyEvent.Type.MARK || type == StudyEvent.Type.UNDO
                    || type == StudyEvent.Type.REFINE;
            if (changes && participant.taskEndedAt(task) != null) {
                throw new FlowTransitionRejected("Task " + task + " is finished; its marks can no longer change.");
            }
            log(participant, clock.instant(), type, task, imageId, detail);
        });
    }

    /** Logs that a participant opened a page of their study (the stage they saw). */
    public void logPageVisit(String username, String page) {
        studies.participant(username).ifPresent(participant -> log(participant, clock.instant(),
                StudyEvent.Type.PAGE_VISIT, null, null, page));
    }

    /** The name of the study an account takes part in, if any: such accounts search only within their tasks. */
    public Optional<String> studyOf(String username) {
        return studies.participant(username).flatMap(p -> studies.find(p.getStudyId())).map(Study::getName);
    }

    /** Why an account in a study may not start searches of its own: they would muddle the study's log. */
    public static String freeSearchRefused(String studyName) {
        return "Your account takes part in the study '" + studyName + "'; you search within its tasks (My study).";
    }

    private static Integer taskOfSession(StudyParticipant participant, long sessionId) {
        for (int task = 1; task <= 2; task++) {
            Long session = participant.taskSession(task);
            if (session != null && session == sessionId) {
                return task;
            }
        }
        return null;
    }

    public ParticipationView participation(String username) {
        StudyParticipant participant = studies.participant(username).orElseThrow(StudyService::notEnrolled);
        Study study = study(participant.getStudyId());
        StudyDesign design = study.design(studies.pool(study.getId()));
        return view(study, design, participant, flow(design, participant));
    }

    public ParticipationView finishTutorial(String username) {
        return step(username, (flow, participant, design, now) -> flow.finishTutorial(now));
    }

    /** Opens the retrieval session of the current task (once; later calls return the same session). */
    public ParticipationView startTask(String username, int taskNumber) {
        return step(username, (flow, participant, design, now) -> {
            FlowStage expected = taskNumber == 1 ? FlowStage.TASK_1 : FlowStage.TASK_2;
            if (flow.stage() != expected) {
                throw new FlowTransitionRejected("You are at " + flow.stage().description() + ", not at "
                        + expected.description() + ".");
            }
            if (participant.taskSession(taskNumber) == null) {
                QueryImage query = participant.assignment(design).queryOfTask(taskNumber);
                long sessionId = sessions.startFromArchiveImage(username, "Study task " + taskNumber,
                        Long.parseLong(query.imageId())).id();
                participant.taskSession(taskNumber, sessionId);
                log(participant, now, StudyEvent.Type.TASK_STARTED, taskNumber, Long.parseLong(query.imageId()),
                        "session " + sessionId);
            }
            return TransitionOutcome.ALREADY_PAST;
        });
    }

    /** Ends a task once the participant marked the target count of relevant images (or the time is up). */
    public ParticipationView finishTask(String username, int taskNumber) {
        return step(username, (flow, participant, design, now) -> {
            QueryImage query = participant.assignment(design).queryOfTask(taskNumber);
            return flow.finishTask(taskNumber, found(username, participant.taskSession(taskNumber), query), now);
        });
    }

    public ParticipationView submitQuestionnaire(String username, FlowStage questionnaire, Map<String, Integer> answers) {
        return step(username, (flow, participant, design, now) -> {
            TransitionOutcome outcome = flow.submitQuestionnaire(questionnaire, answers, now);
            if (outcome == TransitionOutcome.ADVANCED) {
                flow.answersOf(questionnaire).forEach((statement, level) ->
                        studies.addAnswer(new StudyAnswer(participant.getId(), questionnaire, statement, level)));
                if (flow.stage() == FlowStage.DONE) {
                    participant.assignmentStatus(AssignmentStatus.COMPLETED);
                }
            }
            return outcome;
        });
    }

    /** One step of a participant: their row locked, the flow restored, the step applied, the outcome stored. */
    private ParticipationView step(String username, Step step) {
        StudyParticipant participant = studies.participantForUpdate(username).orElseThrow(StudyService::notEnrolled);
        Study study = study(participant.getStudyId());
        if (study.getState() == Study.State.CLOSED && participant.getStage() != FlowStage.DONE) {
            throw new FlowTransitionRejected("This study is closed; thank you for your interest.");
        }
        StudyDesign design = study.design(studies.pool(study.getId()));
        ParticipantFlow flow = flow(design, participant);
        Instant now = clock.instant();
        FlowStage before = flow.stage();
        if (step.apply(flow, participant, design, now) == TransitionOutcome.ADVANCED) {
            participant.follow(flow.snapshot());
            log(participant, now, StudyEvent.Type.STAGE_ENTERED, null, null, before + " -> " + flow.stage());
        }
        return view(study, design, participant, flow);
    }

    /** Relevant images the participant found: their positives besides the query itself (it is given, not found). */
    private int found(String username, Long sessionId, QueryImage query) {
        if (sessionId == null) {
            return 0;
        }
        long queryImageId = Long.parseLong(query.imageId());
        return (int) sessions.get(username, sessionId).positives().stream().filter(id -> id != queryImageId).count();
    }

    @FunctionalInterface
    private interface Step {
        TransitionOutcome apply(ParticipantFlow flow, StudyParticipant participant, StudyDesign design, Instant now);
    }


    private ParticipantFlow flow(StudyDesign design, StudyParticipant participant) {
        return ParticipantFlow.restore(design, participant.getConditionOrder(), completionCodes,
                participant.snapshot(studies.answers(participant.getId())));
    }

    private ParticipationView view(Study study, StudyDesign design, StudyParticipant participant, ParticipantFlow flow) {
        FlowStage stage = flow.stage();
        TaskView task = null;
        if (stage == FlowStage.TASK_1 || stage == FlowStage.TASK_2) {
            int number = stage == FlowStage.TASK_1 ? 1 : 2;
            Assignment assignment = participant.assignment(design);
            QueryImage query = assignment.queryOfTask(number);
            task = new TaskView(number, assignment.order().conditionOfTask(number), Long.parseLong(query.imageId()),
                    query.targetClass(), design.targetCount(),
                    found(participant.getUsername(), participant.taskSession(number), query),
                    participant.taskSession(number), flow.taskDeadline(number).orElse(null));
        }
        List<Statement> statements = switch (stage) {
            case QUESTIONNAIRE_1, QUESTIONNAIRE_2, FINAL_QUESTIONNAIRE ->
                    flow.statementsOf(stage).stream().map(s -> new Statement(s.id(), s.text())).toList();
            default -> List.of();
        };
        return new ParticipationView(study.getName(), stage, stage.description(),
                stage == FlowStage.TUTORIAL ? study.getTutorial() : null,
                stage == FlowStage.TUTORIAL ? study.tutorialImageIds() : List.of(), task, statements,
                flow.completionCode().orElse(null));
    }

    private StudyView view(Study study) {
        List<StudyQuery> pool = studies.pool(study.getId());
        List<StudyParticipant> participants = studies.participants(study.getId());
        int pairs = pool.isEmpty() ? 0 : study.design(pool).taskPairs().size();
        return new StudyView(study.getId(), study.getName(), study.getArchiveId(),
                archives.find(study.getArchiveId()).map(Archive::getName).orElse("?"), study.getState(),
                study.getEnrolment(), study.getTargetCount(), study.getTimeLimitSeconds(), study.getMinimumServings(),
                study.getSeed(), study.getTutorial(),
                pool.stream().map(q -> new PoolEntry(q.getImageId(), q.getTargetClass())).toList(), pairs,
                participants.size(),
                (int) participants.stream().filter(p -> p.getAssignmentStatus() == AssignmentStatus.COMPLETED).count(),
                StatementText.format(study.statements()), study.tutorialImageIds());
    }

    private void log(StudyParticipant participant, Instant at, StudyEvent.Type type, Integer task, Long image,
            String detail) {
        studies.log(new StudyEvent(participant.getStudyId(), participant.getId(), at, type, task, image, detail));
    }

    private Study study(long studyId) {
        return studies.find(studyId).orElseThrow(() -> unknownStudy(studyId));
    }

    private static IllegalArgumentException unknownStudy(long studyId) {
        return new UnknownStudyException("There is no study " + studyId + ".");
    }

    private static IllegalArgumentException notEnrolled() {
        return new UnknownStudyException("You are not taking part in a study.");
    }
}

package org.xcbir.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One participant of one study: their assignment (task pair, condition order, status) and where they are in the
 * flow. A participant account belongs to exactly one study and does one HIT.
 */
@Entity
@Table(name = "study_participant", uniqueConstraints = @UniqueConstraint(columnNames = "username"))
@NamedQuery(name = StudyParticipant.OF_STUDY,
        query = "SELECT p FROM StudyParticipant p WHERE p.studyId = :study ORDER BY p.sequence")
@NamedQuery(name = StudyParticipant.BY_USERNAME, query = "SELECT p FROM StudyParticipant p WHERE p.username = :username")
public class StudyParticipant {
    public static final String OF_STUDY = "StudyParticipant.ofStudy";
    public static final String BY_USERNAME = "StudyParticipant.byUsername";

    @Id
    @SequenceGenerator(name = "study_participant_seq", sequenceName = "study_participant_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "study_participant_seq")
    private Long id;

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(nullable = false)
    private long sequence;

    @Column(name = "pair_id", nullable = false)
    private int pairId;

    @Enumerated(EnumType.STRING)
    @Column(name = "condition_order", nullable = false, length = 20)
    private ConditionOrder conditionOrder;

    @Column(name = "serving_number", nullable = false)
    private int servingNumber;

    @Column(name = "deadline", nullable = false)
    private Instant deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_status", nullable = false, length = 20)
    private AssignmentStatus assignmentStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FlowStage stage;

    // when each stage was entered (the tutorial at enrolment): plain columns, one per stage after the first
    @Column(name = "task1_at")
    private Instant task1At;

    @Column(name = "questionnaire1_at")
    private Instant questionnaire1At;

    @Column(name = "task2_at")
    private Instant task2At;

    @Column(name = "questionnaire2_at")
    private Instant questionnaire2At;

    @Column(name = "final_questionnaire_at")
    private Instant finalQuestionnaireAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "completion_code", length = 40)
    private String completionCode;

    @Column(name = "task1_session_id")
    private Long task1SessionId;

    @Column(name = "task2_session_id")
    private Long task2SessionId;

    /** A synthetic participant run by the simulation job; null (added later) means a person. */
    @Column(name = "simulated")
    private Boolean simulated;

    protected StudyParticipant() {
    }

    public StudyParticipant(long studyId, String username, Assignment assignment) {
        this.studyId = studyId;
        this.username = username;
        this.enrolledAt = assignment.assignedAt();
        this.sequence = assignment.sequence();
        this.pairId = assignment.pair().id();
        this.conditionOrder = assignment.order();
        this.servingNumber = assignment.servingNumber();
        this.deadline = assignment.deadline();
        this.assignmentStatus = assignment.status();
        this.stage = FlowStage.TUTORIAL;
    }

    /** The assignment as the domain rules see it, resolved against the study's task pairs. */
    public Assignment assignment(StudyDesign design) {
        TaskPair pair = design.taskPairs().stream().filter(p -> p.id() == pairId).findFirst()
                .orElseThrow(() -> new IllegalStateException("task pair " + pairId + " is not in the study design"));
        return new Assignment(sequence, new ParticipantId(username), pair, conditionOrder, servingNumber, enrolledAt,
                deadline, assignmentStatus);
    }

    public void markSimulated() {
        simulated = true;
    }

    public boolean isSimulated() {
        return Boolean.TRUE.equals(simulated);
    }

    public void assignmentStatus(AssignmentStatus status) {
        this.assignmentStatus = status;
    }

    /** The flow state, given the accepted questionnaire answers (stored as {@link StudyAnswer} rows). */
    public ParticipantFlow.Snapshot snapshot(List<StudyAnswer> answers) {
        Map<FlowStage, Map<String, Integer>> byStage = new EnumMap<>(FlowStage.class);
        for (StudyAnswer answer : answers) {
            byStage.computeIfAbsent(answer.getStage(), s -> new HashMap<>())
                    .put(answer.getStatementId(), answer.getLevel());
        }
        Map<FlowStage, Instant> enteredAt = new EnumMap<>(FlowStage.class);
        Instant[] times = {task1At, questionnaire1At, task2At, questionnaire2At, finalQuestionnaireAt, doneAt};
        for (int i = 0; i < times.length; i++) {
            if (times[i] != null) {
                enteredAt.put(FlowStage.values()[i + 1], times[i]);
            }
        }
        return new ParticipantFlow.Snapshot(stage, enteredAt, byStage, completionCode);
    }

    /** Takes over a flow's stage, stage times and completion code (answers are stored separately). */
    public void follow(ParticipantFlow.Snapshot snapshot) {
        this.stage = snapshot.stage();
        Map<FlowStage, Instant> times = snapshot.enteredAt();
        task1At = times.get(FlowStage.TASK_1);
        questionnaire1At = times.get(FlowStage.QUESTIONNAIRE_1);
        task2At = times.get(FlowStage.TASK_2);
        questionnaire2At = times.get(FlowStage.QUESTIONNAIRE_2);
        finalQuestionnaireAt = times.get(FlowStage.FINAL_QUESTIONNAIRE);
        doneAt = times.get(FlowStage.DONE);
        this.completionCode = snapshot.completionCode();
    }

    public void taskSession(int taskNumber, long sessionId) {
        if (taskNumber == 1) {
            task1SessionId = sessionId;
        } else {
            task2SessionId = sessionId;
        }
    }

    public Long taskSession(int taskNumber) {
        return taskNumber == 1 ? task1SessionId : task2SessionId;
    }

    /** When task n (1 or 2) was entered; null before. */
    public Instant taskStartedAt(int taskNumber) {
        return taskNumber == 1 ? task1At : task2At;
    }

    /** When task n was finished (its questionnaire entered); null before. */
    public Instant taskEndedAt(int taskNumber) {
        return taskNumber == 1 ? questionnaire1At : questionnaire2At;
    }

    public Long getId() {
        return id;
    }

    public long getStudyId() {
        return studyId;
    }

    public String getUsername() {
        return username;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public int getPairId() {
        return pairId;
    }

    public ConditionOrder getConditionOrder() {
        return conditionOrder;
    }

    public AssignmentStatus getAssignmentStatus() {
        return assignmentStatus;
    }

    public FlowStage getStage() {
        return stage;
    }

    public String getCompletionCode() {
        return completionCode;
    }
}

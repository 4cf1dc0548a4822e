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

/** One accepted 6-point Likert answer of one participant in one questionnaire. */
@Entity
@Table(name = "study_answer")
@NamedQuery(name = StudyAnswer.OF_PARTICIPANT,
        query = "SELECT a FROM StudyAnswer a WHERE a.participantId = :participant ORDER BY a.id")
public class StudyAnswer {
    public static final String OF_PARTICIPANT = "StudyAnswer.ofParticipant";

    @Id
    @SequenceGenerator(name = "study_answer_seq", sequenceName = "study_answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "study_answer_seq")
    private Long id;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FlowStage stage;

    @Column(name = "statement_id", nullable = false, length = 60)
    private String statementId;

    @Column(nullable = false)
    private int level;

    protected StudyAnswer() {
    }

    public StudyAnswer(long participantId, FlowStage stage, String statementId, int level) {
        this.participantId = participantId;
        this.stage = stage;
        this.statementId = statementId;
        this.level = level;
    }

    public FlowStage getStage() {
        return stage;
    }

    public String getStatementId() {
        return statementId;
    }

    public int getLevel() {
        return level;
    }
}

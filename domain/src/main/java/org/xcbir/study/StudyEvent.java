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
import java.time.Instant;

/** One row of a study's append-only event log, stamped with the server's clock. Never updated. */
@Entity
@Table(name = "study_event")
@NamedQuery(name = StudyEvent.OF_PARTICIPANT,
        query = "SELECT e FROM StudyEvent e WHERE e.participantId = :participant ORDER BY e.id")
@NamedQuery(name = StudyEvent.OF_STUDY, query = "SELECT e FROM StudyEvent e WHERE e.studyId = :study ORDER BY e.id")
public class StudyEvent {
    public static final String OF_PARTICIPANT = "StudyEvent.ofParticipant";
    public static final String OF_STUDY = "StudyEvent.ofStudy";
    public static final int MAX_DETAIL = 500;

    public enum Type { ENROLLED, STAGE_ENTERED, TASK_STARTED, RESULTS_SHOWN, MARK, UNDO, REFINE, MAP_VIEWED, PAGE_VISIT }

    @Id
    @SequenceGenerator(name = "study_event_seq", sequenceName = "study_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "study_event_seq")
    private Long id;

    @Column(name = "study_id", nullable = false, updatable = false)
    private long studyId;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private long participantId;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Type type;

    @Column(name = "task_number", updatable = false)
    private Integer taskNumber;

    @Column(name = "image_id", updatable = false)
    private Long imageId;

    @Column(length = MAX_DETAIL, updatable = false)
    private String detail;

    protected StudyEvent() {
    }

    public StudyEvent(long studyId, long participantId, Instant at, Type type, Integer taskNumber, Long imageId,
            String detail) {
        this.studyId = studyId;
        this.participantId = participantId;
        this.at = at;
        this.type = type;
        this.taskNumber = taskNumber;
        this.imageId = imageId;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }

    public Long getId() {
        return id;
    }

    public long getParticipantId() {
        return participantId;
    }

    public Instant getAt() {
        return at;
    }

    public Type getType() {
        return type;
    }

    public Integer getTaskNumber() {
        return taskNumber;
    }

    public Long getImageId() {
        return imageId;
    }

    public String getDetail() {
        return detail;
    }
}

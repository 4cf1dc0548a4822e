package org.xcbir.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One image of a study's query pool with the class a participant is asked to find (shown, never searched for). */
@Entity
@Table(name = "study_query")
@NamedQuery(name = StudyQuery.OF_STUDY,
        query = "SELECT q FROM StudyQuery q WHERE q.studyId = :study ORDER BY q.position")
public class StudyQuery {
    public static final String OF_STUDY = "StudyQuery.ofStudy";

    @Id
    @SequenceGenerator(name = "study_query_seq", sequenceName = "study_query_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "study_query_seq")
    private Long id;

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(nullable = false)
    private int position;

    @Column(name = "image_id", nullable = false)
    private long imageId;

    @Column(name = "target_class", nullable = false, length = 100)
    private String targetClass;

    protected StudyQuery() {
    }

    public StudyQuery(long studyId, int position, long imageId, String targetClass) {
        this.studyId = studyId;
        this.position = position;
        this.imageId = imageId;
        this.targetClass = targetClass;
    }

    public QueryImage queryImage() {
        return new QueryImage(Long.toString(imageId), targetClass);
    }

    public long getImageId() {
        return imageId;
    }

    public String getTargetClass() {
        return targetClass;
    }
}

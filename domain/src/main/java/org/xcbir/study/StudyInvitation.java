package org.xcbir.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time code that admits one person to an invitation-only study. The researcher hands codes out (e.g. one per
 * recruited worker); redeeming one creates the account and the HIT, and the code is spent.
 */
@Entity
@Table(name = "study_invitation")
@NamedQuery(name = StudyInvitation.OF_STUDY,
        query = "SELECT i FROM StudyInvitation i WHERE i.studyId = :study ORDER BY i.id")
@NamedQuery(name = StudyInvitation.BY_CODE,
        query = "SELECT i FROM StudyInvitation i WHERE i.studyId = :study AND i.code = :code")
public class StudyInvitation {
    public static final String OF_STUDY = "StudyInvitation.ofStudy";
    public static final String BY_CODE = "StudyInvitation.byCode";

    @Id
    @SequenceGenerator(name = "study_invitation_seq", sequenceName = "study_invitation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "study_invitation_seq")
    private Long id;

    @Column(name = "study_id", nullable = false, updatable = false)
    private long studyId;

    @Column(nullable = false, unique = true, updatable = false, length = 20)
    private String code;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "used_by", length = 100)
    private String usedBy;

    @Column(name = "used_at")
    private Instant usedAt;

    protected StudyInvitation() {
    }

    public StudyInvitation(long studyId, String code, Instant createdAt) {
        this.studyId = studyId;
        this.code = code;
        this.createdAt = createdAt;
    }

    /** Spends the code on an account; a spent code admits nobody else. */
    public void redeem(String username, Instant at) {
        if (usedBy != null) {
            throw new IllegalArgumentException("This invitation code has been used already.");
        }
        usedBy = username;
        usedAt = at;
    }

    public String getCode() {
        return code;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUsedBy() {
        return usedBy;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}

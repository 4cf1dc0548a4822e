package org.xcbir.retrieval.session;

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
import org.xcbir.retrieval.adjudication.Mark;
import org.xcbir.retrieval.adjudication.Relevance;

/**
 * One adjudication of a session, in the order made. Undo flags the latest mark instead of deleting it: replaying
 * the marks not undone restores the judgements, replaying all of them restores the working set (which grew with
 * every positive ever marked and never shrinks).
 */
@Entity
@Table(name = "session_mark")
@NamedQuery(name = SessionMark.OF_SESSION, query = "SELECT m FROM SessionMark m WHERE m.sessionId = :session ORDER BY m.id")
@NamedQuery(name = SessionMark.DELETE_OF_SESSION, query = "DELETE FROM SessionMark m WHERE m.sessionId = :session")
public class SessionMark {
    public static final String OF_SESSION = "SessionMark.ofSession";
    public static final String DELETE_OF_SESSION = "SessionMark.deleteOfSession";

    @Id
    @SequenceGenerator(name = "session_mark_seq", sequenceName = "session_mark_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_mark_seq")
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "image_id", nullable = false)
    private long imageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Relevance relevance;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Column(nullable = false)
    private boolean undone;

    protected SessionMark() {
    }

    public SessionMark(long sessionId, Mark mark, Instant markedAt) {
        this.sessionId = sessionId;
        this.imageId = mark.imageId();
        this.relevance = mark.relevance();
        this.markedAt = markedAt;
    }

    public Mark mark() {
        return new Mark(imageId, relevance);
    }

    public void undo() {
        this.undone = true;
    }

    public boolean isUndone() {
        return undone;
    }

    public Long getId() {
        return id;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }
}

package org.xcbir.retrieval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.xcbir.retrieval.session.RetrievalSession;
import org.xcbir.retrieval.session.SessionMark;

/** Retrieval sessions and their marks. Transactions belong to the calling service. */
@ApplicationScoped
public class RetrievalSessionRepository {

    @PersistenceContext(unitName = "xcbir")
    private EntityManager em;

    public void add(RetrievalSession session) {
        em.persist(session);
    }

    public Optional<RetrievalSession> find(long id) {
        return Optional.ofNullable(em.find(RetrievalSession.class, id));
    }

    /**
     * The session, locked until the transaction ends: changes to one session happen one after the other, so a
     * double click is seen as the repetition it is.
     */
    public Optional<RetrievalSession> findForUpdate(long id) {
        return Optional.ofNullable(em.find(RetrievalSession.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<RetrievalSession> ofOwner(String owner) {
        return em.createNamedQuery(RetrievalSession.OF_OWNER, RetrievalSession.class).setParameter("owner", owner)
                .getResultList();
    }

    public List<SessionMark> marks(long sessionId) {
        return em.createNamedQuery(SessionMark.OF_SESSION, SessionMark.class).setParameter("session", sessionId)
                .getResultList();
    }

    public void addMark(SessionMark mark) {
        em.persist(mark);
    }

    public void removeMark(SessionMark mark) {
        em.remove(mark);
    }

    public void remove(RetrievalSession session) {
        em.createNamedQuery(SessionMark.DELETE_OF_SESSION).setParameter("session", session.getId()).executeUpdate();
        em.remove(session);
    }
}

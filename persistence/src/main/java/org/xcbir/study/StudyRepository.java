package org.xcbir.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Studies, their query pools, participants, answers and event log. Transactions belong to the calling service. */
@ApplicationScoped
public class StudyRepository {

    @PersistenceContext(unitName = "xcbir")
    private EntityManager em;

    public void add(Study study) {
        em.persist(study);
        em.flush(); // the pool rows need the study's id
    }

    public void addQuery(StudyQuery query) {
        em.persist(query);
    }

    public Optional<Study> find(long id) {
        return Optional.ofNullable(em.find(Study.class, id));
    }

    /**
     * The study, locked until the transaction ends: assignments are handed out one at a time, so concurrent
     * arrivals see each other's servings.
     */
    public Optional<Study> findForUpdate(long id) {
        Study study = em.find(Study.class, id);
        if (study != null) {
            em.refresh(study, LockModeType.PESSIMISTIC_WRITE); // locks (and re-reads) even when already loaded
        }
        return Optional.ofNullable(study);
    }

    public List<Study> all() {
        return em.createNamedQuery(Study.ALL, Study.class).getResultList();
    }

    public List<StudyQuery> pool(long studyId) {
        return em.createNamedQuery(StudyQuery.OF_STUDY, StudyQuery.class).setParameter("study", studyId).getResultList();
    }

    public void addParticipant(StudyParticipant participant) {
        em.persist(participant);
    }

    public List<StudyParticipant> participants(long studyId) {
        return em.createNamedQuery(StudyParticipant.OF_STUDY, StudyParticipant.class).setParameter("study", studyId)
                .getResultList();
    }

    /** The participant record of an account, locked: one participant's requests are applied one after another. */
    public Optional<StudyParticipant> participantForUpdate(String username) {
        return em.createNamedQuery(StudyParticipant.BY_USERNAME, StudyParticipant.class)
                .setParameter("username", username).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Optional<StudyParticipant> participant(String username) {
        return em.createNamedQuery(StudyParticipant.BY_USERNAME, StudyParticipant.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    public List<StudyAnswer> answers(long participantId) {
        return em.createNamedQuery(StudyAnswer.OF_PARTICIPANT, StudyAnswer.class)
                .setParameter("participant", participantId).getResultList();
    }

    public void addAnswer(StudyAnswer answer) {
        em.persist(answer);
    }

    public void log(StudyEvent event) {
        em.persist(event);
    }

    public List<StudyEvent> events(long participantId) {
        return em.createNamedQuery(StudyEvent.OF_PARTICIPANT, StudyEvent.class)
                .setParameter("participant", participantId).getResultList();
    }

    public List<StudyEvent> eventsOfStudy(long studyId) {
        return em.createNamedQuery(StudyEvent.OF_STUDY, StudyEvent.class).setParameter("study", studyId).getResultList();
    }

    public void addInvitation(StudyInvitation invitation) {
        em.persist(invitation);
    }

    public List<StudyInvitation> invitations(long studyId) {
        return em.createNamedQuery(StudyInvitation.OF_STUDY, StudyInvitation.class).setParameter("study", studyId)
                .getResultList();
    }

    /** The invitation, locked: two people typing the same code at once cannot both be admitted. */
    public Optional<StudyInvitation> invitationForUpdate(long studyId, String code) {
        return em.createNamedQuery(StudyInvitation.BY_CODE, StudyInvitation.class).setParameter("study", studyId)
                .setParameter("code", code).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }
}

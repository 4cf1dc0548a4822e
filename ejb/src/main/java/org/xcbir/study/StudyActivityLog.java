package org.xcbir.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.xcbir.retrieval.session.SessionActivity;

/**
 * Writes what participants do in their task sessions into the study's event log: results shown, marks, undos,
 * refinements, maps viewed. Observed synchronously, inside the transaction that stores the change itself.
 */
@ApplicationScoped
public class StudyActivityLog {

    @Inject
    private StudyService studies;

    void record(@Observes SessionActivity activity) {
        studies.logTaskActivity(activity.owner(), activity.sessionId(), StudyEvent.Type.valueOf(activity.kind().name()),
                activity.imageId(), activity.detail());
    }
}

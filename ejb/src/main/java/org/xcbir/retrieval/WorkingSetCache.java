package org.xcbir.retrieval;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import org.xcbir.retrieval.workingset.WorkingSet;

/**
 * The working sets of recently used sessions, in memory (a working set of n images holds n × 5 kB of vectors).
 * The least recently used leave first; a session that is not here is rebuilt from its stored marks.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WorkingSetCache {

    @Inject
    @ConfigProperty(name = "xcbir.retrieval.cached-sessions", defaultValue = "20")
    int capacity;

    private final Map<Long, WorkingSet> recent = new LinkedHashMap<>(16, 0.75f, true);

    public synchronized Optional<WorkingSet> get(long sessionId) {
        return Optional.ofNullable(recent.get(sessionId));
    }

    public synchronized void put(long sessionId, WorkingSet workingSet) {
        recent.put(sessionId, workingSet);
        while (recent.size() > Math.max(1, capacity)) {
            recent.remove(recent.keySet().iterator().next());
        }
    }

    public synchronized void evict(long sessionId) {
        recent.remove(sessionId);
    }
}

package org.xcbir.saliency;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The bounded work queue of the saliency-map service. Web users submit the maps of the result tiles on their
 * screen ({@link #showing}), a batch job submits background precomputation ({@link #submitBackground}), and worker
 * threads {@link #take} requests and report {@link #progress}, {@link #completed} or {@link #failed}.
 *
 * <p>Each key is queued or running at most once, whoever asked for it. Entries are served VISIBLE before
 * BACKGROUND, and first come first served within a priority, counted from the moment the entry entered that
 * priority. The capacity bounds the queued entries only: running maps are already being worked on.
 *
 * @param <K> the map key (equals/hashCode)
 * @param <P> the payload a worker needs to compute the map
 */
public final class MapQueue<K, P> {

    /** Serving priority; declaration order is serving order, VISIBLE first. */
    public enum Priority { VISIBLE, BACKGROUND }

    /** What the queue knows about a key. */
    public sealed interface Status permits Queued, Running, Failed, Rejected, Absent {}

    /** Waiting; {@code position} 0 is the next to be taken, counted among all queued entries in serving order. */
    public record Queued(int position) implements Status {}

    /** Taken by a worker; progress as last reported by it, (0, 0) until its first report. */
    public record Running(int done, int total) implements Status {}

    /** The last attempt failed; showing or submitting the key again retries it. */
    public record Failed(String message) implements Status {}

    /** Not accepted because the queue was full; the message tells a person to retry later. */
    public record Rejected(String message) implements Status {}

    /** Not known: never submitted, or computed successfully and forgotten (the store has the map). */
    public record Absent() implements Status {}

    /** A request to compute the map for {@code key}. */
    public record Task<K, P>(K key, P payload) {}

    /** A snapshot of the queue's counters; completed, failed and rejected count since construction. */
    public record Stats(int queued, int running, int capacity, long completed, long failed, long rejected) {}

    /** A queued entry; {@code owners} are the owners on whose screen it is (empty when BACKGROUND). */
    private final class Entry {
        final Task<K, P> task;
        final Set<String> owners = new HashSet<>();
        /** Also asked for by a precompute job: kept (in BACKGROUND) when it leaves every screen. */
        boolean precompute;
        Priority priority;
        long seq;

        Entry(Task<K, P> task) {
            this.task = task;
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private final int capacity;
    private final Map<K, Entry> queued = new HashMap<>();
    /** Per priority, the entries by the sequence number they got when entering it: iteration is serving order. */
    private final Map<Priority, NavigableMap<Long, Entry>> lanes = new EnumMap<>(Priority.class);
    private final Map<K, Running> running = new HashMap<>();
    private final Map<K, String> failures;
    private long nextSeq;
    private long completedCount;
    private long failedCount;
    private long rejectedCount;

    /**
     * @param capacity the most entries that may wait (running ones not counted), at least 1
     * @param failureMemory how many of the most recently failed keys keep their failure message, at least 0
     */
    public MapQueue(int capacity, int failureMemory) {
        if (capacity < 1 || failureMemory < 0) {
            throw new IllegalArgumentException("Need capacity >= 1 and failureMemory >= 0, got " + capacity + " and " + failureMemory);
        }
        this.capacity = capacity;
        for (Priority p : Priority.values()) {
            lanes.put(p, new TreeMap<>());
        }
        // access order: the failures shown to users last are the ones worth keeping
        this.failures = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, String> eldest) {
                return size() > failureMemory;
            }
        };
    }

    /**
     * Submits for an owner (e.g. a retrieval session id) the keys now on their screen, in display order. Each
     * becomes or stays VISIBLE for that owner; queued BACKGROUND entries are promoted, keeping their relative display
     * order behind the existing VISIBLE entries. The owner's other queued VISIBLE entries left the screen: unless
     * another owner still shows them they are dropped, or demoted to BACKGROUND when a precompute job also asked
     * for them (nobody waits for a map that left every screen, and computing it would delay those that are on one). Running keys return {@link Running}; a {@link Failed} key is queued
     * again. Keys that do not fit in a full queue get {@link Rejected} and are otherwise left as they were.
     *
     * @return one status per task, in the same order
     */
    public List<Status> showing(String owner, List<Task<K, P>> tasks) {
        Objects.requireNonNull(owner, "owner");
        lock.lock();
        try {
            Set<K> onScreen = new HashSet<>();
            tasks.forEach(t -> onScreen.add(t.key()));
            List<Entry> offScreen = lanes.get(Priority.VISIBLE).values().stream()
                    .filter(e -> !onScreen.contains(e.task.key())).toList();
            for (Entry e : offScreen) { // in serving order, so demoted entries keep their relative order
                if (e.owners.remove(owner) && e.owners.isEmpty()) {
                    if (e.precompute) {
                        enter(e, Priority.BACKGROUND);
                    } else {
                        drop(e);
                    }
                }
            }
            Status[] result = new Status[tasks.size()];
            for (int i = 0; i < tasks.size(); i++) {
                Task<K, P> task = tasks.get(i);
                if (running.containsKey(task.key())) {
                    continue;
                }
                Entry e = queued.get(task.key());
                if (e == null) {
                    if (queued.size() >= capacity) {
                        rejectedCount++;
                        result[i] = new Rejected("The saliency queue is full (" + capacity
                                + " maps waiting); please try again in a minute.");
                        continue;
                    }
                    e = add(task);
                }
                if (e.priority != Priority.VISIBLE) {
                    enter(e, Priority.VISIBLE);
                }
                e.owners.add(owner);
            }
            // positions only once every entry is in place
            for (int i = 0; i < result.length; i++) {
                if (result[i] == null) {
                    result[i] = statusOf(tasks.get(i).key());
                }
            }
            return List.of(result);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Queues a BACKGROUND request, waiting while the queue is full. A key already queued or running is left as it
     * is (a VISIBLE entry stays VISIBLE) and its current status returned; a {@link Failed} key is queued again.
     */
    public Status submitBackground(Task<K, P> task) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            // re-check everything after each wait: another thread may have queued or taken the key meanwhile
            while (!queued.containsKey(task.key()) && !running.containsKey(task.key())) {
                if (queued.size() < capacity) {
                    enter(add(task), Priority.BACKGROUND);
                    break;
                }
                notFull.await();
            }
            Entry e = queued.get(task.key());
            if (e != null) {
                e.precompute = true;
            }
            return statusOf(task.key());
        } finally {
            lock.unlock();
        }
    }

    /** For workers: waits for a queued entry, removes the first in serving order and marks it Running(0, 0). */
    public Task<K, P> take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (queued.isEmpty()) {
                notEmpty.await();
            }
            Entry e = lanes.values().stream().filter(l -> !l.isEmpty()).findFirst().orElseThrow().pollFirstEntry().getValue();
            queued.remove(e.task.key());
            running.put(e.task.key(), new Running(0, 0));
            // signalAll: a woken submitter may find its key queued by someone else and leave without using the space
            notFull.signalAll();
            return e.task;
        } finally {
            lock.unlock();
        }
    }

    /** Records a worker's progress on a running key; ignored for keys that are not running. */
    public void progress(K key, int done, int total) {
        locked(() -> running.replace(key, new Running(done, total)));
    }

    /** A running key is done and stored by the caller: the queue forgets it. Ignored for keys that are not running. */
    public void completed(K key) {
        locked(() -> {
            if (running.remove(key) != null) {
                completedCount++;
            }
        });
    }

    /** A running key failed: remembered as {@link Failed} until evicted from the failure memory. */
    public void failed(K key, String message) {
        locked(() -> {
            if (running.remove(key) != null) {
                failedCount++;
                failures.put(key, message);
            }
        });
    }

    public Status status(K key) {
        return locked(() -> statusOf(key));
    }

    public Stats stats() {
        return locked(() -> new Stats(queued.size(), running.size(), capacity, completedCount, failedCount, rejectedCount));
    }

    /** Creates and indexes a new entry (without a priority yet) and wakes a worker; the caller holds the lock. */
    private Entry add(Task<K, P> task) {
        Entry e = new Entry(task);
        queued.put(task.key(), e);
        failures.remove(task.key()); // a retry: the old failure no longer applies
        notEmpty.signal();
        return e;
    }

    /** Removes a queued entry that nobody wants any more; the caller holds the lock. */
    private void drop(Entry e) {
        lanes.get(e.priority).remove(e.seq);
        queued.remove(e.task.key());
        notFull.signalAll();
    }

    /** Moves an entry to the back of a priority's lane; the caller holds the lock. */
    private void enter(Entry e, Priority priority) {
        if (e.priority != null) {
            lanes.get(e.priority).remove(e.seq);
        }
        e.priority = priority;
        e.seq = nextSeq++;
        lanes.get(priority).put(e.seq, e);
    }

    /** The caller holds the lock. */
    private Status statusOf(K key) {
        Running r = running.get(key);
        if (r != null) {
            return r;
        }
        Entry e = queued.get(key);
        if (e != null) {
            int ahead = 0;
            for (Priority p : Priority.values()) {
                if (p == e.priority) {
                    return new Queued(ahead + lanes.get(p).headMap(e.seq).size());
                }
                ahead += lanes.get(p).size();
            }
        }
        String message = failures.get(key);
        return message == null ? new Absent() : new Failed(message);
    }

    private void locked(Runnable action) {
        locked(() -> {
            action.run();
            return null;
        });
    }

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}

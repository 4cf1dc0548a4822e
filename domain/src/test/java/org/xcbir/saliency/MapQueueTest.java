package org.xcbir.saliency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.xcbir.saliency.MapQueue.Absent;
import org.xcbir.saliency.MapQueue.Failed;
import org.xcbir.saliency.MapQueue.Queued;
import org.xcbir.saliency.MapQueue.Rejected;
import org.xcbir.saliency.MapQueue.Running;
import org.xcbir.saliency.MapQueue.Status;
import org.xcbir.saliency.MapQueue.Task;

class MapQueueTest {

    private static Task<String, String> task(String key) {
        return new Task<>(key, "payload of " + key);
    }

    private static List<Task<String, String>> tasks(String... keys) {
        return List.of(keys).stream().map(MapQueueTest::task).toList();
    }

    private static List<String> drain(MapQueue<String, String> queue) throws InterruptedException {
        List<String> taken = new ArrayList<>();
        while (queue.stats().queued() > 0) {
            taken.add(queue.take().key());
        }
        return taken;
    }

    /** Waits (bounded) until the thread parks on a condition, i.e. really blocks rather than not having started. */
    private static void awaitBlocked(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (thread.getState() != Thread.State.WAITING) {
            assertTrue(thread.isAlive() && System.nanoTime() < deadline, "the thread should block, state " + thread.getState());
            Thread.sleep(1);
        }
    }

    @Test
    void servesVisibleBeforeBackgroundAndFifoWithinEach() throws InterruptedException {
        MapQueue<String, String> queue = new MapQueue<>(10, 5);
        queue.submitBackground(task("b1"));
        queue.showing("alice", tasks("v1", "v2"));
        queue.submitBackground(task("b2"));
        queue.showing("bob", tasks("v3"));

        assertEquals(List.of("v1", "v2", "v3", "b1", "b2"), drain(queue));
    }

    @Test
    void takeHandsOutThePayloadAndMarksTheKeyRunning() throws InterruptedException {
        MapQueue<String, String> queue = new MapQueue<>(10, 5);
        queue.showing("alice", tasks("a"));

        assertEquals(task("a"), queue.take());
        assertEquals(new Running(0, 0), queue.status("a"));
        assertEquals(List.of(new Running(0, 0)), queue.showing("bob", tasks("a")), "a running key is not queued again");
        assertEquals(new Running(0, 0), queue.submitBackground(task("a")));
        assertEquals(0, queue.stats().queued());
    }

    @Test
    void showingPromotesBackgroundEntriesBehindVisibleOnesInDisplayOrder() throws InterruptedException {
        MapQueue<String, String> queue = new MapQueue<>(10, 5);
        queue.submitBackground(task("b1"));
        queue.submitBackground(task("b2"));
        queue.submitBackground(task("b3"));
        queue.showing("bob", tasks("v"));

        List<Status> statuses = queue.showing("alice", tasks("b3", "new", "b1"));

        assertEquals(List.of(new Queued(1), new Queued(2), new Queued(3)), statuses);
        assertEquals(List.of("v", "b3", "new", "b1", "b2"), drain(queue));
    }

    @Test
    void entriesThatLeftEveryScreenAreDroppedUnlessAJobWantsThem() throws InterruptedException {
        MapQueue<String, String> queue = new MapQueue<>(10, 5);
        queue.submitBackground(task("b"));
        queue.showing("alice", tasks("a1", "a2", "shared", "pre"));
        queue.submitBackground(task("pre"));
        queue.showing("bob", tasks("bob1", "shared"));

        queue.showing("alice", tasks("a3"));

        // a1 and a2 were only on alice's screen; "pre" is also precomputed, so it waits behind "b";
        // "shared" stays VISIBLE for bob
        assertEquals(new Absent(), queue.status("a1"));
        assertEquals(5, queue.stats().queued());
        assertEquals(List.of("shared", "bob1", "a3", "b", "pre"), drain(queue));
    }

    @Test
    void leavingTheScreenMakesRoomForABlockedJob() throws Exception {
        MapQueue<String, String> queue = new MapQueue<>(2, 5);
        queue.showing("alice", tasks("a1", "a2"));
        CountDownLatch submitted = new CountDownLatch(1);
        Thread job = new Thread(() -> {
            try {
                queue.submitBackground(task("b"));
                submitted.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        job.start();
        awaitBlocked(job);
        queue.showing("alice", List.of());
        assertTrue(submitted.await(5, TimeUnit.SECONDS), "the job's map got the room the screen left");
        assertEquals(List.of("b"), drain(queue));
    }

    @Test
    void submitBackgroundNeverDemotesAVisibleEntry() throws InterruptedException {
        MapQueue<String, String> queue = new MapQueue<>(10, 5);
        queue.submitBackground(task("b"));
        queue.showing("alice", tasks("v"));

        assertEquals(new Queued(0), queue.submitBackground(task("v")));
        assertEquals(List.of("v", "b"), drain(queue));
    }

    @Test
    void aKeyShownByTwoOwnersIsQueuedOnce() throws InterruptedException {
        MapQueue<String, String> queue = new MapQueue<>(10, 5);
        queue.showing("alice", tasks("x", "y"));
        List<Status> statuses = queue.showing("bob", tasks("y", "z"));

        assertEquals(List.of(new Queued(1), new Queued(2)), statuses);
        assertEquals(3, queue.stats().queued());
        assertEquals(List.of("x", "y", "z"), drain(queue));
    }

    @Test
    void positionsCountAllQueuedEntriesInServingOrder() throws InterruptedException {
        MapQueue<String, String> queue = new MapQueue<>(10, 5);
        queue.submitBackground(task("b1"));
        queue.submitBackground(task("b2"));
        assertEquals(List.of(new Queued(0), new Queued(1)), queue.showing("alice", tasks("v1", "v2")));

        assertEquals(new Queued(2), queue.status("b1"));
        assertEquals(new Queued(3), queue.status("b2"));
        assertEquals(new Queued(4), queue.submitBackground(task("b3")));
        queue.take();
        assertEquals(new Queued(0), queue.status("v2"));
        assertEquals(new Queued(2), queue.status("b2"));
        assertEquals(new Absent(), queue.status("never"));
    }

    @Test
    void keysThatDoNotFitAreRejectedAndNothingElseChanges() throws InterruptedException {
        MapQueue<String, String> queue = new MapQueue<>(2, 5);
        queue.showing("alice", tasks("f"));
        queue.take();
        queue.failed("f", "out of memory");
        queue.submitBackground(task("b"));

        List<Status> statuses = queue.showing("alice", tasks("n1", "n2", "f"));

        assertEquals(new Queued(0), statuses.get(0));
        assertInstanceOf(Rejected.class, statuses.get(1));
        assertTrue(((Rejected) statuses.get(2)).message().contains("try again"), "tells the person to retry later");
        assertEquals(new Absent(), queue.status("n2"));
        assertEquals(new Failed("out of memory"), queue.status("f"), "a rejected retry keeps the old failure");
        assertEquals(new MapQueue.Stats(2, 0, 2, 0, 1, 2), queue.stats());
        assertEquals(List.of("n1", "b"), drain(queue));
    }

    @Test
    void showingAFailedKeyAgainRetriesIt() throws InterruptedException {
        MapQueue<String, String> queue = new MapQueue<>(10, 5);
        queue.showing("alice", tasks("k"));
        queue.take();
        queue.failed("k", "model not loaded");
        assertEquals(new Failed("model not loaded"), queue.status("k"));

        assertEquals(List.of(new Queued(0)), queue.showing("alice", tasks("k")));
        assertEquals(task("k"), queue.take());
        queue.completed("k");
        assertEquals(new Absent(), queue.status("k"), "the old failure is gone after a successful retry");
        assertEquals(1, queue.stats().failed());
    }

    @Test
    void onlyTheMostRecentlyUsedFailuresAreRemembered() throws InterruptedException {
        MapQueue<String, String> queue = new MapQueue<>(10, 2);
        for (String key : List.of("a", "b", "c")) {
            queue.showing("alice", tasks(key));
            queue.take();
            queue.failed(key, "broken " + key);
        }
        assertEquals(new Absent(), queue.status("a"));
        assertEquals(new Failed("broken b"), queue.status("b")); // b becomes the most recently used
        queue.showing("alice", tasks("d"));
        queue.take();
        queue.failed("d", "broken d");

        assertEquals(new Failed("broken b"), queue.status("b"));
        assertEquals(new Absent(), queue.status("c"));
        assertEquals(new Failed("broken d"), queue.status("d"));
        assertEquals(4, queue.stats().failed());
    }

    @Test
    void zeroFailureMemoryForgetsFailuresAtOnce() throws InterruptedException {
        MapQueue<String, String> queue = new MapQueue<>(10, 0);
        queue.showing("alice", tasks("k"));
        queue.take();
        queue.failed("k", "broken");
        assertEquals(new Absent(), queue.status("k"));
    }

    @Test
    void progressIsReportedOnlyForRunningKeys() throws InterruptedException {
        MapQueue<String, String> queue = new MapQueue<>(10, 5);
        queue.showing("alice", tasks("run", "wait"));
        queue.take();

        queue.progress("run", 3, 10);
        queue.progress("wait", 1, 2);
        queue.progress("unknown", 1, 2);

        assertEquals(new Running(3, 10), queue.status("run"));
        assertEquals(new Queued(0), queue.status("wait"));
        assertEquals(new Absent(), queue.status("unknown"));
    }

    @Test
    void completedKeysAreForgotten() throws InterruptedException {
        MapQueue<String, String> queue = new MapQueue<>(10, 5);
        queue.showing("alice", tasks("k"));
        queue.take();
        queue.completed("k");
        queue.completed("k"); // a second report is ignored

        assertEquals(new Absent(), queue.status("k"));
        assertEquals(new MapQueue.Stats(0, 0, 10, 1, 0, 0), queue.stats());
    }

    @Test
    void submitBackgroundBlocksWhileFullAndProceedsAfterATake() throws Exception {
        MapQueue<String, String> queue = new MapQueue<>(1, 5);
        queue.submitBackground(task("running"));
        queue.take();
        queue.submitBackground(task("first"));
        AtomicReference<Status> result = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread submitter = new Thread(() -> {
            try {
                result.set(queue.submitBackground(task("second")));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.countDown();
        });
        submitter.start();
        awaitBlocked(submitter);
        queue.completed("running"); // finishing a running map frees no queue space
        awaitBlocked(submitter);
        assertEquals(1, done.getCount());
        assertEquals(new Absent(), queue.status("second"));

        assertEquals("first", queue.take().key());

        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertEquals(new Queued(0), result.get());
    }

    @Test
    void submitBackgroundIsInterruptible() throws Exception {
        MapQueue<String, String> queue = new MapQueue<>(1, 5);
        queue.submitBackground(task("first"));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread submitter = new Thread(() -> {
            try {
                queue.submitBackground(task("second"));
            } catch (InterruptedException e) {
                thrown.set(e);
            }
        });
        submitter.start();
        awaitBlocked(submitter);
        submitter.interrupt();
        submitter.join(5000);

        assertInstanceOf(InterruptedException.class, thrown.get());
        assertEquals(new Absent(), queue.status("second"));
    }

    @Test
    void takeBlocksUntilSomethingIsSubmitted() throws Exception {
        MapQueue<String, String> queue = new MapQueue<>(3, 5);
        AtomicReference<Task<String, String>> taken = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                taken.set(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.countDown();
        });
        worker.start();
        awaitBlocked(worker);
        assertEquals(1, done.getCount());

        queue.showing("alice", tasks("k"));

        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertEquals(task("k"), taken.get());
        assertEquals(new Running(0, 0), queue.status("k"));
    }

    @Test
    void rejectsInvalidConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> new MapQueue<String, String>(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new MapQueue<String, String>(1, -1));
    }

    @Test
    void everyAcceptedKeyIsTakenExactlyOnceUnderConcurrency() {
        int capacity = 8;
        MapQueue<Integer, String> queue = new MapQueue<>(capacity, 4);
        Set<Integer> accepted = ConcurrentHashMap.newKeySet();
        Map<Integer, AtomicInteger> takenCount = new ConcurrentHashMap<>();
        AtomicInteger overCapacity = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        List<Throwable> errors = new ArrayList<>();

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            List<Thread> producers = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                Random random = new Random(p);
                String owner = "session" + p; // a new screen per round: nothing leaves a screen here
                boolean batch = p == 3;
                producers.add(new Thread(() -> {
                    try {
                        for (int round = 0; round < 300; round++) {
                            List<Task<Integer, String>> screen = IntStream.range(0, 1 + random.nextInt(4))
                                    .mapToObj(i -> new Task<>(random.nextInt(2000), "p")).toList();
                            List<Status> statuses = batch
                                    ? List.of(queue.submitBackground(screen.get(0)))
                                    : queue.showing(owner + "/" + round, screen);
                            for (int i = 0; i < statuses.size(); i++) {
                                if (statuses.get(i) instanceof Queued) {
                                    accepted.add(screen.get(i).key());
                                } else if (statuses.get(i) instanceof Rejected) {
                                    rejected.incrementAndGet();
                                }
                            }
                        }
                    } catch (Throwable e) {
                        synchronized (errors) {
                            errors.add(e);
                        }
                    }
                }));
            }
            // consumers never complete their keys, so a taken key stays Running and can never be queued again
            List<Thread> consumers = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                consumers.add(new Thread(() -> {
                    try {
                        for (Task<Integer, String> t = queue.take(); t.key() >= 0; t = queue.take()) {
                            takenCount.computeIfAbsent(t.key(), k -> new AtomicInteger()).incrementAndGet();
                            queue.progress(t.key(), 1, 1);
                            if (queue.stats().queued() > capacity) {
                                overCapacity.incrementAndGet();
                            }
                        }
                    } catch (Throwable e) {
                        synchronized (errors) {
                            errors.add(e);
                        }
                    }
                }));
            }
            producers.forEach(Thread::start);
            consumers.forEach(Thread::start);
            for (Thread t : producers) {
                t.join();
            }
            // one stop marker per consumer, served after everything still queued
            queue.submitBackground(new Task<>(-1, "stop"));
            queue.submitBackground(new Task<>(-2, "stop"));
            for (Thread t : consumers) {
                t.join();
            }
        });

        assertEquals(List.of(), errors);
        assertEquals(0, overCapacity.get());
        assertEquals(accepted, takenCount.keySet());
        assertTrue(takenCount.values().stream().allMatch(n -> n.get() == 1), "no key is taken twice");
        assertEquals(new MapQueue.Stats(0, accepted.size() + 2, capacity, 0, 0, rejected.get()), queue.stats());
        assertTrue(rejected.get() > 0, "the test should exercise a full queue");
    }

    /** Whatever was submitted, positions are 0..n-1 and take() always hands out the entry at position 0. */
    @Property(tries = 200)
    void takeServesPositionZero(@ForAll("operations") List<Integer> operations) throws InterruptedException {
        MapQueue<Integer, String> queue = new MapQueue<>(6, 2);
        for (int op : operations) {
            int key = op % 10;
            switch (op / 10) {
                case 0 -> {
                    if (queue.stats().queued() < 6) { // a full queue would block this single thread forever
                        queue.submitBackground(new Task<>(key, "p"));
                    }
                }
                case 1 -> queue.showing("alice", List.of(new Task<>(key, "p"), new Task<>(key + 1, "p")));
                case 2 -> queue.showing("bob", List.of(new Task<>(key, "p")));
                default -> {
                    if (queue.stats().queued() > 0) {
                        Set<Integer> firsts = new HashSet<>();
                        Set<Integer> positions = new HashSet<>();
                        for (int k = 0; k <= 10; k++) {
                            if (queue.status(k) instanceof Queued q) {
                                positions.add(q.position());
                                if (q.position() == 0) {
                                    firsts.add(k);
                                }
                            }
                        }
                        assertEquals(queue.stats().queued(), positions.size());
                        assertFalse(positions.stream().anyMatch(p -> p >= positions.size()));
                        assertEquals(firsts, Set.of(queue.take().key()));
                        if (key % 2 == 0) {
                            queue.failed(firsts.iterator().next(), "x");
                        }
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Integer>> operations() {
        return Arbitraries.integers().between(0, 39).list().ofMaxSize(60);
    }
}

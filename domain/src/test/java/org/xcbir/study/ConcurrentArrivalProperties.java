package org.xcbir.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Threads racing on one {@link AssignmentBook}; every participant arrives twice, from different threads. */
class ConcurrentArrivalProperties {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private static final int THREADS = 4;

    @Provide
    Arbitrary<List<QueryImage>> pools() {
        return StudyArbitraries.pairablePools(10, 4);
    }

    @Property(tries = 300)
    void concurrentArrivalsKeepEveryRule(@ForAll("pools") List<QueryImage> pool,
                                         @ForAll @IntRange(min = 1, max = 120) int participants,
                                         @ForAll long seed) throws InterruptedException {
        StudyDesign design = AssignmentProperties.design(pool, seed);
        AssignmentBook book = new AssignmentBook(design);
        Map<ParticipantId, List<Assignment>> received = new ConcurrentHashMap<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch startTogether = new CountDownLatch(1);

        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<Integer> arrivals = arrivalsOfThread(t, participants, seed);
            Thread thread = new Thread(() -> {
                try {
                    startTogether.await();
                    for (int p : arrivals) {
                        ParticipantId id = ArrivalStep.id(p);
                        received.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(book.assign(id, NOW));
                        if (p % 3 == 0) {
                            book.complete(id, NOW);
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        startTogether.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertTrue(failures.isEmpty(), failures.toString());
        List<Assignment> assignments = book.assignments();
        assertEquals(participants, assignments.size(), "one assignment per participant");
        received.forEach((participant, copies) -> {
            assertEquals(2, copies.size());
            assertEquals(copies.get(0).sequence(), copies.get(1).sequence(), "same participant, same HIT");
        });
        int pairs = design.taskPairs().size();
        int[] servings = new int[pairs];
        int[] orderLead = new int[pairs];
        for (Assignment a : assignments) {
            assertNotEquals(a.pair().noXaiQuery().targetClass(), a.pair().withXaiQuery().targetClass());
            servings[a.pair().id()]++;
            orderLead[a.pair().id()] += a.order() == ConditionOrder.NO_XAI_FIRST ? 1 : -1;
        }
        int fewest = Collections.min(toList(servings));
        int most = Collections.max(toList(servings));
        assertTrue(most - fewest <= 1, "servings spread " + fewest + ".." + most);
        for (int lead : orderLead) {
            assertTrue(Math.abs(lead) <= 1, "order lead " + lead);
        }
    }

    /** Each participant's two arrivals go to two different threads, in a random order per thread. */
    private static List<Integer> arrivalsOfThread(int thread, int participants, long seed) {
        List<Integer> arrivals = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            if (p % THREADS == thread || (p + 1) % THREADS == thread) {
                arrivals.add(p);
            }
        }
        Collections.shuffle(arrivals, new Random(seed + thread));
        return arrivals;
    }

    private static List<Integer> toList(int[] values) {
        List<Integer> list = new ArrayList<>();
        for (int v : values) {
            list.add(v);
        }
        return list;
    }
}

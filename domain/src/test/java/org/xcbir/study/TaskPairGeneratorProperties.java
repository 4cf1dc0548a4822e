package org.xcbir.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TaskPairGeneratorProperties {

    @Provide
    Arbitrary<List<QueryImage>> pools() {
        return StudyArbitraries.pairablePools(30, 12);
    }

    @Property(tries = 2000)
    void pairsNeverShareAClassAndUseEveryQueryOnceInEachCondition(@ForAll("pools") List<QueryImage> pool,
                                                                  @ForAll long seed) {
        List<TaskPair> pairs = TaskPairGenerator.generate(pool, seed);

        assertEquals(pool.size(), pairs.size());
        for (TaskPair pair : pairs) {
            assertNotEquals(pair.noXaiQuery().targetClass(), pair.withXaiQuery().targetClass());
        }
        assertEquals(Set.copyOf(pool), Set.copyOf(pairs.stream().map(TaskPair::noXaiQuery).toList()));
        assertEquals(Set.copyOf(pool), Set.copyOf(pairs.stream().map(TaskPair::withXaiQuery).toList()));
        for (int i = 0; i < pairs.size(); i++) {
            assertEquals(i, pairs.get(i).id(), "pair ids are their index, which the ledger relies on");
        }
    }

    @Property(tries = 500)
    void sameSeedGivesSamePairsWhateverThePoolOrder(@ForAll("pools") List<QueryImage> pool, @ForAll long seed,
                                                    @ForAll long shuffleSeed) {
        List<QueryImage> reordered = new ArrayList<>(pool);
        Collections.shuffle(reordered, new Random(shuffleSeed));

        assertEquals(TaskPairGenerator.generate(pool, seed), TaskPairGenerator.generate(reordered, seed));
    }

    @Property(tries = 500)
    void poolsDominatedByOneClassAreRejectedWithAReason(@ForAll("pools") List<QueryImage> pool) {
        List<QueryImage> dominated = new ArrayList<>(pool);
        for (int i = 0; i <= pool.size(); i++) {
            dominated.add(new QueryImage("extra-" + i, "dominant"));
        }

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TaskPairGenerator.generate(dominated, 1));
        assertTrue(error.getMessage().contains("largest class has"), error.getMessage());
    }

    @Example
    void partnersAreMixedRatherThanOneFixedNeighbourClass() {
        List<QueryImage> pool = StudyArbitraries.pool(Collections.nCopies(6, 8));
        Set<String> partnerClassesOfClass0 = new HashSet<>();
        for (TaskPair pair : TaskPairGenerator.generate(pool, 42)) {
            if (pair.noXaiQuery().targetClass().equals("class-0")) {
                partnerClassesOfClass0.add(pair.withXaiQuery().targetClass());
            }
        }
        assertTrue(partnerClassesOfClass0.size() >= 3, "partners of class-0: " + partnerClassesOfClass0);
    }
}

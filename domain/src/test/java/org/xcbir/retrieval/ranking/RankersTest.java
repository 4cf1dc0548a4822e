package org.xcbir.retrieval.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankersTest {

    @Test
    void findsEachRankerByItsName() {
        assertInstanceOf(HikSvmRanker.class, Rankers.byName("hik-svm"));
        assertInstanceOf(LinearSvmRanker.class, Rankers.byName("linear-svm"));
        assertInstanceOf(LogisticRegressionRanker.class, Rankers.byName("logistic"));
        for (String name : Rankers.names()) {
            assertEquals(name, Rankers.byName(name).name());
        }
        assertEquals("hik-svm", Rankers.DEFAULT);
    }

    @Test
    void rejectsUnknownNames() {
        assertThrows(IllegalArgumentException.class, () -> Rankers.byName("rbf-svm"));
    }

    @Test
    void everyRankerNeedsBothClasses() {
        for (String name : Rankers.names()) {
            Ranker ranker = Rankers.byName(name);
            assertThrows(IllegalArgumentException.class,
                    () -> ranker.train(List.of(new float[] {1f, 0f}), List.of()), name);
            assertThrows(IllegalArgumentException.class,
                    () -> ranker.train(List.of(new float[] {1f, 0f}), List.of(new float[] {1f})), name);
        }
    }
}

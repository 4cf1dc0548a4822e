package org.xcbir.statistics;

import java.util.List;

/** Small builders for hand-computed test data. */
final class TestData {

    private static int nextImage;

    private TestData() {
    }

    static TaskResult task(String queryClass, Condition condition, int truePositives, int adjudications, double seconds) {
        return new TaskResult("p" + nextImage, false, "img" + nextImage++, queryClass, condition,
                truePositives, 0, adjudications, 0, seconds);
    }

    static TaskResult with(String queryClass, int truePositives, int adjudications, double seconds) {
        return task(queryClass, Condition.WITH_XAI, truePositives, adjudications, seconds);
    }

    static TaskResult no(String queryClass, int truePositives, int adjudications, double seconds) {
        return task(queryClass, Condition.NO_XAI, truePositives, adjudications, seconds);
    }

    /**
     * Four classes, one per superclass: a = CL, b = CS, c = UL, d = US (confuser a > b > c > d, area a > c > b > d).
     */
    static List<ClassArchiveStats> fourClasses() {
        return List.of(
                new ClassArchiveStats("a", 5, 100),
                new ClassArchiveStats("b", 4, 10),
                new ClassArchiveStats("c", 2, 90),
                new ClassArchiveStats("d", 1, 5));
    }

    /**
     * Hand-computed data set (nP, nA, T) used by several tests:
     * <pre>
     * a WITH (20,40,600) (16,30,400)   a NO (15,35,500)
     * b WITH (12,20,300)               b NO (10,25,200) (14,25,400)
     * c WITH (18,30,300)               c NO (18,30,300)
     * d WITH ( 9,10,100)               d NO (10,20,200)
     * </pre>
     */
    static List<TaskResult> handComputed() {
        return List.of(
                with("a", 20, 40, 600), with("a", 16, 30, 400), no("a", 15, 35, 500),
                with("b", 12, 20, 300), no("b", 10, 25, 200), no("b", 14, 25, 400),
                with("c", 18, 30, 300), no("c", 18, 30, 300),
                with("d", 9, 10, 100), no("d", 10, 20, 200));
    }
}

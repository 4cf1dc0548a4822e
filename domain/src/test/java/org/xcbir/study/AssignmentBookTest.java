package org.xcbir.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AssignmentBookTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    /** The paper's scale: 24 classes, 160 query images; 3 servings per pair = 480 HITs. */
    @Test
    void aPaperScaleStudyServesEveryQueryEquallyInBothConditionsAndBalancesTheOrder() {
        List<Integer> classSizes = new ArrayList<>();
        for (int c = 0; c < 24; c++) {
            classSizes.add(c < 16 ? 7 : 6); // 16 × 7 + 8 × 6 = 160
        }
        StudyDesign design = StudyDesign.builder("coco-2014-2017", StudyArbitraries.pool(classSizes)).seed(2021).build();
        AssignmentBook book = new AssignmentBook(design);

        for (int p = 0; p < 480; p++) {
            assertFalse(book.minimumReached());
            book.assign(ArrivalStep.id(p), T0);
            book.complete(ArrivalStep.id(p), T0);
        }

        assertTrue(book.minimumReached());
        Map<String, Integer> classLead = new HashMap<>();
        int orderLead = 0;
        for (Assignment a : book.assignments()) {
            classLead.merge(a.pair().noXaiQuery().targetClass(), 1, Integer::sum);
            classLead.merge(a.pair().withXaiQuery().targetClass(), -1, Integer::sum);
            orderLead += a.order() == ConditionOrder.NO_XAI_FIRST ? 1 : -1;
        }
        classLead.values().forEach(lead -> assertEquals(0, lead, "each class as often without as with XAI"));
        assertTrue(Math.abs(orderLead) <= 1, "order lead " + orderLead);
    }

    @Test
    void releasingExpiredAssignmentsReportsThemOnce() {
        StudyDesign design = StudyDesign.builder("coco", StudyArbitraries.pool(List.of(2, 2))).build();
        AssignmentBook book = new AssignmentBook(design);
        book.assign(new ParticipantId("gone"), T0);
        book.assign(new ParticipantId("finished"), T0);
        book.complete(new ParticipantId("finished"), T0.plusSeconds(60));

        Instant later = T0.plus(design.abandonAfter()).plus(Duration.ofMinutes(1));
        List<Assignment> released = book.releaseExpired(later);

        assertEquals(List.of("gone"), released.stream().map(a -> a.participant().value()).toList());
        assertEquals(List.of(), book.releaseExpired(later));
    }
}

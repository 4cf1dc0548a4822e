package org.xcbir.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuperclassSplitTest {

    @Test
    void evenCountSplitsIntoExactHalvesByConfuserAndArea() {
        SuperclassSplit split = SuperclassSplit.of(TestData.fourClasses());

        assertEquals(Map.of("a", Superclass.CL, "b", Superclass.CS, "c", Superclass.UL, "d", Superclass.US),
                split.superclassByClass());
        assertTrue(split.boundaryTies().isEmpty());
    }

    @Test
    void oddCountPutsTheMiddleClassInTheLowerHalf() {
        // confuser ranks: e > d > c > b > a; area ranks: a > b > c > d > e. floor(5/2) = 2 per top half.
        List<ClassArchiveStats> classes = List.of(
                new ClassArchiveStats("a", 1, 50), new ClassArchiveStats("b", 2, 40),
                new ClassArchiveStats("c", 3, 30), new ClassArchiveStats("d", 4, 20),
                new ClassArchiveStats("e", 5, 10));

        SuperclassSplit split = SuperclassSplit.of(classes);

        assertEquals(Superclass.UL, split.superclassOf("a"));
        assertEquals(Superclass.UL, split.superclassOf("b"));
        assertEquals(Superclass.US, split.superclassOf("c"), "middle class is neither cluttered nor large");
        assertEquals(Superclass.CS, split.superclassOf("d"));
        assertEquals(Superclass.CS, split.superclassOf("e"));
    }

    @Test
    void tieAcrossTheBoundaryIsBrokenByNameAndReported() {
        // b and c share confuser 3: exactly one of them can be in the top half of 4; b wins by name.
        List<ClassArchiveStats> classes = List.of(
                new ClassArchiveStats("c", 3, 4), new ClassArchiveStats("a", 9, 3),
                new ClassArchiveStats("b", 3, 2), new ClassArchiveStats("d", 1, 1));

        SuperclassSplit split = SuperclassSplit.of(classes);

        assertTrue(split.superclassOf("b").cluttered());
        assertTrue(!split.superclassOf("c").cluttered());
        assertEquals(List.of("confuser: b = c"), split.boundaryTies());
    }

    @Test
    void theResultDoesNotDependOnInputOrder() {
        List<ClassArchiveStats> classes = new java.util.ArrayList<>(TestData.fourClasses());
        java.util.Collections.reverse(classes);

        assertEquals(SuperclassSplit.of(TestData.fourClasses()).superclassByClass(),
                SuperclassSplit.of(classes).superclassByClass());
    }

    @Test
    void rejectsDuplicatesAndUnknownClasses() {
        List<ClassArchiveStats> duplicate = List.of(new ClassArchiveStats("a", 1, 1), new ClassArchiveStats("a", 2, 2));
        assertThrows(IllegalArgumentException.class, () -> SuperclassSplit.of(duplicate));
        assertThrows(IllegalArgumentException.class, () -> SuperclassSplit.of(TestData.fourClasses()).superclassOf("zebra"));
    }
}

package org.xcbir.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveImageTest {

    @Test
    void knowsTheCategoriesOfItsGroundTruth() {
        ArchiveImage image = new ArchiveImage(1, new CocoImage(7, "a.jpg", 640, 480), "3 18 44");
        assertTrue(image.hasCategory(18));
        assertTrue(image.hasCategory(44));
        assertFalse(image.hasCategory(1), "no partial matches of 18");
        assertFalse(image.hasCategory(4));
        assertFalse(new ArchiveImage(1, new CocoImage(8, "b.jpg", 640, 480), "").hasCategory(0));
        assertEquals(List.of(3, 18, 44), image.categories());
        assertEquals(List.of(), new ArchiveImage(1, new CocoImage(9, "c.jpg", 640, 480), "").categories());
    }
}

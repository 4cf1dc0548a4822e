package org.xcbir.archive.demo;

import org.junit.jupiter.api.Test;
import org.xcbir.archive.BoundingBox;
import org.xcbir.archive.CocoAnnotation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoArchiveGeneratorTest {

    private static final JpegEncoder JPEG = new JpegEncoder(0.9f);

    @Test
    void sameSeedGivesByteIdenticalImagesAndAnnotations() {
        DemoArchiveSettings settings = DemoArchiveSettings.defaults(6, 42);
        DemoArchiveGenerator first = EmojiRenders.generator(settings);
        DemoArchiveGenerator second = EmojiRenders.generator(settings);
        for (int index = 0; index < 6; index++) {
            RenderedScene a = first.render(index);
            RenderedScene b = second.render(index);
            assertArrayEquals(JPEG.encode(a.pixels()), JPEG.encode(b.pixels()), "image " + index);
            assertEquals(a.annotations(), b.annotations(), "annotations of image " + index);
        }
    }

    @Test
    void anotherSeedGivesOtherImages() {
        RenderedScene a = EmojiRenders.generator(DemoArchiveSettings.defaults(1, 42)).render(0);
        RenderedScene b = EmojiRenders.generator(DemoArchiveSettings.defaults(1, 43)).render(0);
        assertFalse(Arrays.equals(JPEG.encode(a.pixels()), JPEG.encode(b.pixels())));
    }

    @Test
    void imagesOfARangeAfterARestartEqualThoseOfOneRun() {
        DemoArchiveSettings settings = DemoArchiveSettings.defaults(12, 7);
        List<RenderedScene> oneRun = new ArrayList<>();
        EmojiRenders.generator(settings).renderRange(0, 12, oneRun::add);

        List<RenderedScene> restarted = new ArrayList<>();
        EmojiRenders.generator(settings).renderRange(8, 12, restarted::add);

        for (int k = 0; k < restarted.size(); k++) {
            RenderedScene expected = oneRun.get(8 + k);
            RenderedScene actual = restarted.get(k);
            assertEquals(expected.image(), actual.image());
            assertEquals(expected.annotations(), actual.annotations());
            assertArrayEquals(JPEG.encode(expected.pixels()), JPEG.encode(actual.pixels()), "image " + (8 + k));
        }
    }

    @Test
    void annotationsDescribeVisibleObjectsInsideTheImage() {
        DemoArchiveSettings settings = DemoArchiveSettings.defaults(30, 3);
        DemoArchiveGenerator generator = EmojiRenders.generator(settings);
        Set<Integer> drawable = new HashSet<>();
        CocoEmojiMapping.load().stream().filter(DemoObjectClass::drawable).forEach(c -> drawable.add(c.category().id()));
        Set<Long> annotationIds = new HashSet<>();
        generator.renderRange(0, 30, scene -> {
            assertEquals(640, scene.pixels().getWidth());
            assertEquals(480, scene.pixels().getHeight());
            assertFalse(scene.annotations().isEmpty(), "every scene shows at least one object");
            for (CocoAnnotation annotation : scene.annotations()) {
                BoundingBox box = annotation.bbox();
                assertEquals(scene.image().id(), annotation.imageId());
                assertTrue(annotationIds.add(annotation.id()), "annotation ids are unique");
                assertTrue(drawable.contains(annotation.categoryId()));
                assertTrue(box.liesWithin(640, 480), box.toString());
                assertTrue(annotation.area() > 0 && annotation.area() <= box.area(), annotation.toString());
                assertFalse(annotation.crowd());
            }
        });
    }

    @Test
    void objectsPerSceneSetsTheClutter() {
        assertEquals(1.0, meanObjectsPerScene(new ObjectsPerScene(1, 1)));
        double sparse = meanObjectsPerScene(new ObjectsPerScene(2, 12));
        double busy = meanObjectsPerScene(new ObjectsPerScene(7, 12));
        assertTrue(busy > 2 * sparse, "busy " + busy + " vs sparse " + sparse);
    }

    @Test
    void sizeScaleSetsTheObjectArea() {
        double full = meanArea(new ObjectSizes(1, 0.25, 12));
        double half = meanArea(new ObjectSizes(0.5, 0.25, 12));
        assertTrue(half < 0.4 * full && half > 0.15 * full, "half-size objects cover about a quarter: " + half / full);
    }

    private static double meanObjectsPerScene(ObjectsPerScene objectsPerScene) {
        DemoArchiveSettings settings = DemoArchiveSettings.defaults(40, 11)
                .withImageSize(320, 240).withObjectsPerScene(objectsPerScene);
        DemoArchiveGenerator generator = EmojiRenders.generator(settings);
        return IntStream.range(0, 40).map(i -> generator.render(i).annotations().size()).average().orElseThrow();
    }

    private static double meanArea(ObjectSizes sizes) {
        DemoArchiveSettings settings = DemoArchiveSettings.defaults(40, 11)
                .withImageSize(320, 240).withObjectsPerScene(new ObjectsPerScene(1, 1)).withObjectSizes(sizes);
        DemoArchiveGenerator generator = EmojiRenders.generator(settings);
        return IntStream.range(0, 40).mapToDouble(i -> generator.render(i).annotations().get(0).area())
                .average().orElseThrow();
    }
}

package org.xcbir.archive.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoArchiveSettingsTest {

    @Test
    void optionsGiveTheSettingsAndBack() {
        DemoArchiveSettings settings = DemoArchiveSettings.fromOptions(Map.of("images", "300", "seed", "7",
                "objects-mean", "2.5", "objects-max", "6", "size-scale", "1.5", "size-spread", "0.1",
                "backgrounds", "/data/photos"));
        assertEquals(300, settings.imageCount());
        assertEquals(7, settings.seed());
        assertEquals(new ObjectsPerScene(2.5, 6), settings.objectsPerScene());
        assertEquals(1.5, settings.objectSizes().scale());
        assertEquals(0.1, settings.objectSizes().spread());
        assertEquals(Optional.of(Path.of("/data/photos")), settings.backgroundPhotos());
        assertEquals(settings, DemoArchiveSettings.fromOptions(settings.toOptions()));
    }

    @Test
    void missingOptionsTakeTheDefaults() {
        assertEquals(DemoArchiveSettings.defaults(40, 3), DemoArchiveSettings.fromOptions(Map.of("images", "40", "seed", "3")));
    }

    @Test
    void impossibleValuesAreRefusedWithAReason() {
        assertEquals("objects per scene: need 1 <= mean <= 99 and 1 <= max <= 99",
                assertThrows(IllegalArgumentException.class, () -> DemoArchiveSettings.fromOptions(
                        Map.of("images", "4", "seed", "1", "objects-max", "0"))).getMessage());
        for (String mean : new String[] {"1e300", "NaN", "Infinity"}) {
            assertThrows(IllegalArgumentException.class, () -> DemoArchiveSettings.fromOptions(
                    Map.of("images", "4", "seed", "1", "objects-mean", mean)), mean);
        }
        assertThrows(IllegalArgumentException.class, () -> DemoArchiveSettings.fromOptions(
                Map.of("images", "4", "seed", "1", "size-scale", "NaN")));
        assertEquals("a demo archive needs 'seed'", assertThrows(IllegalArgumentException.class,
                () -> DemoArchiveSettings.fromOptions(Map.of("images", "4"))).getMessage());
    }
}

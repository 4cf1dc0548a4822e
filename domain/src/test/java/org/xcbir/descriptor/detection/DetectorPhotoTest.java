package org.xcbir.descriptor.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xcbir.descriptor.SharedModels;
import org.xcbir.descriptor.TestFiles;
import org.xcbir.descriptor.image.ImageDecoder;

/** The detector on real photographs: proof that backbone, heads, anchors and decoding are right. */
class DetectorPhotoTest {

    @ParameterizedTest(name = "{0} contains {1}")
    @CsvSource({
        "dog.jpg, dog bicycle car",
        "horses.jpg, horse",
        "giraffe.jpg, giraffe zebra",
        "person.jpg, person dog",
        "eagle.jpg, bird",
        "kite.jpg, kite person",
        "chelsea.png, cat",
        "coffee.png, cup",
        "astronaut.png, person",
        "grace_hopper.jpg, person"
    })
    void findsTheObjectsInThePhoto(String photo, String expected) throws IOException {
        List<Detection> detections = detect(photo);
        for (String category : expected.split(" ")) {
            Optional<Detection> hit = detections.stream().filter(d -> d.categoryName().equals(category)).findFirst();
            assertTrue(hit.isPresent() && hit.get().score() > 0.5f, photo + ": no " + category + " > 0.5 in " + detections);
        }
    }

    @Test
    void placesBoxesInOriginalImagePixels() throws IOException {
        // giraffe.jpg (500×500): the giraffe stands in the middle and fills most of the height
        Detection giraffe = detect("giraffe.jpg").stream()
                .filter(d -> d.categoryName().equals("giraffe")).findFirst().orElseThrow();
        PixelBox box = giraffe.box();
        assertTrue(box.height() > 350 && box.height() <= 500, box.toString());
        assertTrue(box.left() > 100 && box.right() < 480, box.toString());
        // kite.jpg is 1352×900: boxes must use its own pixel scale, not the 300×300 input's
        assertTrue(detect("kite.jpg").stream().anyMatch(d -> d.box().bottom() > 700), "persons near the bottom");
    }

    @Test
    void scoresMatchTheTfjsReferenceRunOfTheOriginalGraph() throws IOException {
        // Recorded from the same model.json executed by TF.js 4.22 (CPU backend) on image_tensor =
        // dog.jpg's pixels, its own resize included: bicycle 0.967, dog 0.885, car 0.837.
        List<Detection> detections = detect("dog.jpg");
        assertEquals(0.967, best(detections, "bicycle"), 0.002);
        assertEquals(0.885, best(detections, "dog"), 0.002);
        assertEquals(0.837, best(detections, "car"), 0.002);
    }

    @Test
    void findsNothingInAUniformGreyImage() {
        BufferedImage grey = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = grey.createGraphics();
        g.setColor(new java.awt.Color(128, 128, 128));
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        assertEquals(List.of(), SharedModels.detector().detect(grey));
    }

    private static double best(List<Detection> detections, String category) {
        return detections.stream().filter(d -> d.categoryName().equals(category))
                .mapToDouble(Detection::score).max().orElse(0);
    }

    private static List<Detection> detect(String photo) throws IOException {
        return SharedModels.detector().detect(new ImageDecoder().decode(TestFiles.photo(photo)));
    }
}

package org.xcbir.archive.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhotoBackgroundTest {

    /** Saturated red: the procedural backdrops only use muted colours, so red pixels come from the photo. */
    private static final Color PHOTO_RED = new Color(210, 20, 20);

    @TempDir
    Path photos;

    @Test
    void aboutHalfOfTheScenesGetAPhotoBackdrop() throws IOException {
        writePhoto("b.jpg", 800, 600);
        writePhoto("a.png", 500, 700);
        Files.writeString(photos.resolve("notes.txt"), "not a photo");
        DemoArchiveSettings settings = DemoArchiveSettings.defaults(40, 8).withImageSize(160, 120)
                .withObjectsPerScene(new ObjectsPerScene(1, 1)).withObjectSizes(new ObjectSizes(0.3, 0, 0))
                .withBackgroundPhotos(photos);
        DemoArchiveGenerator generator = EmojiRenders.generator(settings);

        int photoScenes = 0;
        for (int index = 0; index < 40; index++) {
            if (isPhotoRed(generator.render(index).pixels().getRGB(0, 0))) {
                photoScenes++;
            }
        }
        assertTrue(photoScenes >= 10 && photoScenes <= 30, photoScenes + " of 40 scenes have a photo backdrop");
    }

    @Test
    void paintsTheSameCropForTheSameRandomSource() throws IOException {
        writePhoto("only.jpg", 640, 480);
        PhotoBackground background = PhotoBackground.fromFolder(photos);
        BufferedImage first = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        BufferedImage second = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        background.paint(first, new SplittableRandom(1));
        background.paint(second, new SplittableRandom(1));
        assertEquals(first.getRGB(10, 10), second.getRGB(10, 10));
        assertTrue(isPhotoRed(first.getRGB(10, 10)));
    }

    @Test
    void refusesAFolderWithoutPhotos() {
        assertThrows(IllegalArgumentException.class, () -> PhotoBackground.fromFolder(photos));
    }

    private void writePhoto(String name, int width, int height) throws IOException {
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(PHOTO_RED);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ImageIO.write(photo, name.endsWith(".png") ? "png" : "jpeg", photos.resolve(name).toFile());
    }

    private static boolean isPhotoRed(int rgb) {
        Color color = new Color(rgb);
        return color.getRed() > 170 && color.getGreen() < 60 && color.getBlue() < 60;
    }
}

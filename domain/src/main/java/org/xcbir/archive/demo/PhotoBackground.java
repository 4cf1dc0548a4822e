package org.xcbir.archive.demo;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A backdrop cut from a photo of a configured folder: a random crop of the canvas's aspect
 * ratio, scaled to fit, mirrored half of the time. Photos are listed in name order so the
 * choice depends on the seed only; a few decoded photos are cached (only speed depends on it).
 */
final class PhotoBackground implements BackgroundPainter {

    private static final int CACHED_PHOTOS = 8;

    private final List<Path> photos;
    private final Map<Path, BufferedImage> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, BufferedImage> eldest) {
            return size() > CACHED_PHOTOS;
        }
    };

    private PhotoBackground(List<Path> photos) {
        this.photos = photos;
    }

    /** @throws IllegalArgumentException if the folder holds no JPEG or PNG file */
    static PhotoBackground fromFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> photos = files.filter(PhotoBackground::isPhoto).sorted().toList();
            if (photos.isEmpty()) {
                throw new IllegalArgumentException("no .jpg/.jpeg/.png photo in " + folder);
            }
            return new PhotoBackground(photos);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list background photos in " + folder, e);
        }
    }

    private static boolean isPhoto(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png"));
    }

    @Override
    public void paint(BufferedImage canvas, SplittableRandom random) {
        BufferedImage photo = photo(photos.get(random.nextInt(photos.size())));
        double aspect = canvas.getWidth() / (double) canvas.getHeight();
        double zoom = 0.6 + 0.4 * random.nextDouble();
        int cropWidth = (int) Math.min(photo.getWidth(), photo.getHeight() * aspect);
        int cropHeight = (int) (cropWidth / aspect);
        cropWidth = Math.max(1, (int) (cropWidth * zoom));
        cropHeight = Math.max(1, (int) (cropHeight * zoom));
        int cropX = random.nextInt(photo.getWidth() - cropWidth + 1);
        int cropY = random.nextInt(photo.getHeight() - cropHeight + 1);
        boolean mirrored = random.nextBoolean();

        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        int left = mirrored ? canvas.getWidth() : 0;
        int right = mirrored ? 0 : canvas.getWidth();
        g.drawImage(photo, left, 0, right, canvas.getHeight(),
                cropX, cropY, cropX + cropWidth, cropY + cropHeight, null);
        g.dispose();
    }

    private synchronized BufferedImage photo(Path file) {
        BufferedImage cached = cache.get(file);
        if (cached == null) {
            cached = read(file);
            cache.put(file, cached);
        }
        return cached;
    }

    private static BufferedImage read(Path file) {
        try {
            BufferedImage photo = ImageIO.read(file.toFile());
            if (photo == null) {
                throw new IllegalStateException("unsupported image format: " + file);
            }
            return photo;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read background photo " + file, e);
        }
    }
}

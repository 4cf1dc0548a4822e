package org.xcbir.archive.demo;

import org.xcbir.archive.CocoAnnotation;
import org.xcbir.archive.CocoCategory;
import org.xcbir.archive.CocoImage;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Generates the scenes of a demo archive one by one. Scene i is a pure function of the settings
 * and i: its random source is derived from (seed, i) and nothing is carried from one scene to the
 * next, so a batch job may generate any range, checkpoint, and restart with identical results.
 */
public final class DemoArchiveGenerator {

    /** Annotation ids are imageId * this + object number: unique, and known without a counter. */
    static final int ANNOTATION_IDS_PER_IMAGE = 100;

    private final DemoArchiveSettings settings;
    private final List<CocoCategory> categories;
    private final ScenePlanner planner;
    private final SceneComposer composer;

    public DemoArchiveGenerator(DemoArchiveSettings settings, List<DemoObjectClass> classes, ObjectSpriteLibrary sprites) {
        List<String> missing = sprites.missingRenders(classes);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("renders missing from the emoji folder: " + missing);
        }
        this.settings = settings;
        this.categories = classes.stream().map(DemoObjectClass::category).toList();
        List<DemoObjectClass> drawable = classes.stream().filter(DemoObjectClass::drawable).toList();
        this.planner = new ScenePlanner(settings, new SceneClassPicker(drawable), sprites);
        this.composer = new SceneComposer(new BackgroundChooser(
                settings.backgroundPhotos().map(PhotoBackground::fromFolder)));
    }

    public DemoArchiveSettings settings() {
        return settings;
    }

    /** All categories of the mapping, drawable or not, as the archive's COCO file lists them. */
    public List<CocoCategory> categories() {
        return categories;
    }

    /** The COCO entry of image {@code index}, known without rendering it. */
    public CocoImage imageEntry(int index) {
        long id = index + 1L;
        return new CocoImage(id, String.format("%012d.jpg", id), settings.width(), settings.height());
    }

    public RenderedScene render(int index) {
        if (index < 0 || index >= settings.imageCount()) {
            throw new IndexOutOfBoundsException("image index " + index + " outside 0.." + (settings.imageCount() - 1));
        }
        SplittableRandom random = SceneRandom.forImage(settings.seed(), index);
        List<VisibleObject> objects = OcclusionResolver.resolve(planner.plan(random), settings.width(), settings.height());
        BufferedImage pixels = composer.compose(settings.width(), settings.height(), objects, random);
        CocoImage image = imageEntry(index);
        List<CocoAnnotation> annotations = new ArrayList<>(objects.size());
        for (int k = 0; k < objects.size(); k++) {
            VisibleObject visible = objects.get(k);
            annotations.add(new CocoAnnotation(image.id() * ANNOTATION_IDS_PER_IMAGE + k, image.id(),
                    visible.object().objectClass().category().id(), visible.visibleBox(), visible.visiblePixels(), false));
        }
        return new RenderedScene(image, pixels, annotations);
    }

    /** Renders images {@code from} (inclusive) to {@code to} (exclusive) in order. */
    public void renderRange(int from, int to, Consumer<RenderedScene> consumer) {
        for (int index = from; index < to; index++) {
            consumer.accept(render(index));
        }
    }
}

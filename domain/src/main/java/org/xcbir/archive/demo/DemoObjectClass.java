package org.xcbir.archive.demo;

import org.xcbir.archive.CocoCategory;

import java.util.List;

/**
 * A COCO class as the demo archive draws it.
 *
 * @param clutterAffinity 0 = appears mostly alone, 1 = appears mostly in busy scenes; drives the
 *                        class's Confuser statistic the way scene context does in MS-COCO
 * @param typicalSize     typical length of the object's longer side as a fraction of the image's
 *                        shorter side; drives the class's Area statistic
 * @param renders         the renders to draw it with; empty when the emoji package has none
 */
public record DemoObjectClass(CocoCategory category, double clutterAffinity, double typicalSize,
                              List<RenderReference> renders) {

    public DemoObjectClass {
        if (clutterAffinity < 0 || clutterAffinity > 1) {
            throw new IllegalArgumentException("clutter affinity must lie in [0, 1]: " + category.name());
        }
        if (typicalSize <= 0 || typicalSize > 1) {
            throw new IllegalArgumentException("typical size must lie in (0, 1]: " + category.name());
        }
        renders = List.copyOf(renders);
    }

    public boolean drawable() {
        return !renders.isEmpty();
    }
}

package org.xcbir.archive.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chooses which classes fill a scene. A class is likelier the better its clutter affinity fits
 * the scene's busyness: lone-affine classes (giraffe, airplane) mostly fill single-object
 * scenes, clutter-affine ones (fork, cup, book) mostly busy scenes. This is what spreads the
 * per-class Confuser statistic as context does in MS-COCO.
 */
final class SceneClassPicker {

    /** Exponent on the affinity fit: higher separates lone and busy classes more sharply. */
    private static final double SHARPNESS = 4;
    /** Keeps every class possible in every scene, as real archives are never that tidy. */
    private static final double FLOOR = 0.01;
    /** Chance that a further object repeats a class already in the scene (several people, a flock). */
    private static final double REPEAT_SHARE = 0.3;

    private final List<DemoObjectClass> classes;

    SceneClassPicker(List<DemoObjectClass> drawableClasses) {
        if (drawableClasses.isEmpty()) {
            throw new IllegalArgumentException("no drawable class");
        }
        this.classes = List.copyOf(drawableClasses);
    }

    List<DemoObjectClass> pick(int count, double busyness, SplittableRandom random) {
        double[] cumulative = new double[classes.size()];
        double total = 0;
        for (int i = 0; i < classes.size(); i++) {
            double affinity = classes.get(i).clutterAffinity();
            double fit = (1 - busyness) * (1 - affinity) + busyness * affinity;
            total += Math.pow(fit, SHARPNESS) + FLOOR;
            cumulative[i] = total;
        }
        List<DemoObjectClass> picked = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            if (k > 0 && random.nextDouble() < REPEAT_SHARE) {
                picked.add(picked.get(random.nextInt(picked.size())));
            } else {
                picked.add(classes.get(indexOf(cumulative, random.nextDouble() * total)));
            }
        }
        return picked;
    }

    private static int indexOf(double[] cumulative, double target) {
        for (int i = 0; i < cumulative.length; i++) {
            if (target < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }
}

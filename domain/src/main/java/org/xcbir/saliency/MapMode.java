package org.xcbir.saliency;

import java.awt.image.BufferedImage;
import java.util.Locale;

/** How the service computes a map: every fine window, or coarse to fine at the explainer's default threshold. */
public enum MapMode {
    EXACT {
        @Override
        public SaliencyMap compute(SaliencyExplainer explainer, float[] query, BufferedImage result,
                SaliencyExplainer.Progress progress) {
            return explainer.explain(query, result, progress);
        }
    },
    COARSE_TO_FINE {
        @Override
        public SaliencyMap compute(SaliencyExplainer explainer, float[] query, BufferedImage result,
                SaliencyExplainer.Progress progress) {
            return explainer.explainCoarseToFine(query, result, SaliencyExplainer.DEFAULT_REFINE_THRESHOLD, progress)
                    .map();
        }
    };

    public abstract SaliencyMap compute(
            SaliencyExplainer explainer, float[] query, BufferedImage result, SaliencyExplainer.Progress progress);

    /** {@code exact} or {@code coarse-to-fine}, as written in the configuration. */
    public static MapMode parse(String text) {
        for (MapMode mode : values()) {
            if (mode.tag().equalsIgnoreCase(text.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("saliency mode must be exact or coarse-to-fine, not " + text);
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The cache configuration tag of maps made in this mode with these settings. */
    public String configuration(SaliencySettings settings) {
        return settings.key() + "-" + tag();
    }
}

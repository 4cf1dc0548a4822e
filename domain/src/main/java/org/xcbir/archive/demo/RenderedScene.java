package org.xcbir.archive.demo;

import org.xcbir.archive.CocoAnnotation;
import org.xcbir.archive.CocoImage;

import java.awt.image.BufferedImage;
import java.util.List;

/** One generated archive image: its COCO entry, its pixels and the ground truth of its objects. */
public record RenderedScene(CocoImage image, BufferedImage pixels, List<CocoAnnotation> annotations) {

    public RenderedScene {
        annotations = List.copyOf(annotations);
    }
}

package org.xcbir.archive;

/**
 * Receives the content of a COCO instances file in file order while it is being read.
 * COCO files list images, annotations and categories in separate arrays whose order varies,
 * so a handler must not assume that categories arrive first.
 */
public interface CocoInstancesHandler {

    default void category(CocoCategory category) {
    }

    default void image(CocoImage image) {
    }

    default void annotation(CocoAnnotation annotation) {
    }
}

package org.xcbir.statistics;

/**
 * One bubble of Figure 4.
 *
 * @param className  label
 * @param xaiRatio   x: mean nP with-XAI / mean nP no-XAI (> 1 means XAI helped)
 * @param confuser   y: mean number of classes in archive images with this class
 * @param area       bubble size: mean instance area
 * @param superclass the class's group, for colouring
 */
public record Figure4Point(String className, double xaiRatio, double confuser, double area, Superclass superclass) {
}

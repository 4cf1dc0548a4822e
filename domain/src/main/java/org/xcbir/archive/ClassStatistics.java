package org.xcbir.archive;

/**
 * What the study analysis needs to know about one class of an archive.
 *
 * @param imageCount    images containing at least one instance of the class
 * @param instanceCount non-crowd instances of the class
 * @param confuser      mean number of distinct classes (the class itself included) in the images
 *                      containing the class; 0 when the class never occurs
 * @param meanArea      mean area in pixels of the class's non-crowd instances; 0 when there are none
 */
public record ClassStatistics(CocoCategory category, int imageCount, int instanceCount, double confuser, double meanArea) {
}

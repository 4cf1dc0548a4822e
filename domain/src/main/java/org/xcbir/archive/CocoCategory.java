package org.xcbir.archive;

/** An object class of a COCO archive, e.g. (18, "dog", "animal"). */
public record CocoCategory(int id, String name, String supercategory) {
}

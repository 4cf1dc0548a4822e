package org.xcbir.archive;

/** Registering archives, as the demo archive job needs it (implemented by an EJB, like {@link ArchiveIndexing}). */
public interface ArchiveRegistry {

    /** Registers a folder of images with its COCO instances files and starts indexing it; returns the archive id. */
    long registerAndIndex(String name, String imageFolder, String instancesFiles);
}

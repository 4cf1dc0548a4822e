package org.xcbir.archive;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Finds the EJB that does the indexing work. Batch artifacts live in a library jar, which cannot see classes of
 * the EJB module, so they reach it through its interface in the domain module.
 */
final class IndexingServices {
    private static final String INDEXING = "java:app/xcbir-ejb/ArchiveIndexingBean!" + ArchiveIndexing.class.getName();

    private IndexingServices() {
    }

    static ArchiveIndexing indexing() {
        try {
            return InitialContext.doLookup(INDEXING);
        } catch (NamingException e) {
            throw new IllegalStateException("the archive indexing service is not deployed (" + INDEXING + ")", e);
        }
    }
}

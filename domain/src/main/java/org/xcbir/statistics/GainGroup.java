package org.xcbir.statistics;

/** The unions of superclasses for which the paper reports an XAI gain (Table 2, last columns). */
public enum GainGroup {
    /** CL + CS. */
    CLUTTERED,
    /** CS + US. */
    SMALL;

    public boolean contains(Superclass superclass) {
        return this == CLUTTERED ? superclass.cluttered() : !superclass.large();
    }
}

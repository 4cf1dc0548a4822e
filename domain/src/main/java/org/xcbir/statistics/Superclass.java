package org.xcbir.statistics;

/** The paper's four groups of query classes: (C)luttered/(U)ncluttered x (L)arge/(S)mall. */
public enum Superclass {
    CL(true, true),
    CS(true, false),
    UL(false, true),
    US(false, false);

    private final boolean cluttered;
    private final boolean large;

    Superclass(boolean cluttered, boolean large) {
        this.cluttered = cluttered;
        this.large = large;
    }

    public static Superclass of(boolean cluttered, boolean large) {
        if (cluttered) {
            return large ? CL : CS;
        }
        return large ? UL : US;
    }

    public boolean cluttered() {
        return cluttered;
    }

    public boolean large() {
        return large;
    }
}

package org.xcbir.study;

/** The two experimental conditions of a HIT. */
public enum Condition {
    /** Results shown without saliency maps. */
    NO_XAI,
    /** Every result shown with its similarity-based saliency map (SBSM). */
    WITH_XAI
}

package org.sala.engine.question;

/** How an ordering is marked. */
public enum OrderingScoring {

    /** Full marks for the whole sequence right, nothing otherwise. */
    ALL_OR_NOTHING,

    /** A share for each item in its right position. */
    ITEMS_IN_PLACE,

    /**
     * A share for each pair of items that are next to each other in the right order, wherever the pair
     * stands: a sequence shifted by one place still earns most of the marks.
     */
    ADJACENT_PAIRS
}

package org.sala.engine.question;

/** How a select-all-that-apply question turns the ticked options into a mark. */
public enum MultipleChoiceScoring {

    /** Full marks for ticking exactly the right options, nothing otherwise. */
    ALL_OR_NOTHING,

    /**
     * Moodle's rule: each option carries a credit (right ones positive, summing to 1; wrong ones zero or
     * negative) and the mark is the sum of the ticked options' credits, kept within the question's bounds.
     */
    OPTION_PERCENTAGES,

    /**
     * Share of the right options ticked minus share of the wrong options ticked, never below zero
     * (below zero only with negative marking).
     */
    RIGHT_MINUS_WRONG
}

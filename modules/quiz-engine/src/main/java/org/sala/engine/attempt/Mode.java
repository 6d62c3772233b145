package org.sala.engine.attempt;

/** When responses are graded. */
public enum Mode {
    /** Graded only when the attempt is submitted (exams). */
    DEFERRED,
    /** The learner checks each answer and may try again, each extra try costing a penalty (practice). */
    INTERACTIVE
}

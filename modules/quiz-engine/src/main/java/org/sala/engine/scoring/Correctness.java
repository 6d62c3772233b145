package org.sala.engine.scoring;

/** How a graded response stands, as a learner would be told it. */
public enum Correctness {
    CORRECT,
    PARTIALLY_CORRECT,
    INCORRECT,
    UNANSWERED
}

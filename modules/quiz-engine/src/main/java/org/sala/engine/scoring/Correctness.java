package org.sala.engine.scoring;

import org.sala.engine.response.Response;

/** How a graded response stands, as a learner would be told it. */
public enum Correctness {
    CORRECT,
    PARTIALLY_CORRECT,
    INCORRECT,
    UNANSWERED;

    /** Blank responses are unanswered; otherwise full marks are correct, some marks partly correct, none or less incorrect. */
    public static Correctness of(Response response, Score score) {
        if (response.isBlank()) {
            return UNANSWERED;
        }
        return score.isFull() ? CORRECT : score.earned().signum() > 0 ? PARTIALLY_CORRECT : INCORRECT;
    }
}

package org.sala.engine.scoring;

import org.sala.engine.response.Response;

/** How a graded response stands, as a learner would be told it. */
public enum Correctness {
    CORRECT,
    PARTIALLY_CORRECT,
    INCORRECT,
    UNANSWERED;

    /** How a response with this score stands: full marks are correct, some marks partly correct, none incorrect. */
    public static Correctness of(Response response, Score score) {
        return switch (response) {
            case Response.Unanswered unanswered -> UNANSWERED;
            case Response.SelectedChoice selected -> score.isFull() ? CORRECT
                    : score.earned().signum() > 0 ? PARTIALLY_CORRECT : INCORRECT;
        };
    }
}

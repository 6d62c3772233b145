package org.sala.engine.attempt;

/** Why the engine refused a change, with a message for the learner. */
public record Refusal(Reason reason, String message) {

    public enum Reason {
        /** A save older than the one already stored (another tab, a retried request). */
        STALE_SAVE,
        /** The attempt is submitted or abandoned. */
        ATTEMPT_CLOSED,
        /** The attempt's time is up; it can still be submitted during the grace period. */
        TIME_UP,
        /** Interactive mode: the question is finished (right, or out of tries). */
        QUESTION_FINISHED,
        /** Checking answers is for interactive mode. */
        NOT_INTERACTIVE,
        /** There is no answer to check. */
        NOTHING_TO_CHECK,
        /** The quiz is not open yet. */
        NOT_OPEN_YET,
        /** The quiz has closed. */
        QUIZ_CLOSED,
        /** Every allowed attempt has been used. */
        NO_ATTEMPTS_LEFT,
        /** The delay between attempts has not passed. */
        TOO_SOON,
        /** An earlier attempt is still open; finish it first. */
        ATTEMPT_OPEN
    }
}

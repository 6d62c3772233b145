package org.sala.engine.attempt;

import java.util.List;
import java.util.Objects;

/**
 * Why the engine refused a change: a reason and its arguments (an {@link java.time.Instant} for a time, an
 * {@link Integer} for a count). The engine does not word it for learners: the application does, in their
 * language, from the reason ({@link #describe()} is for logs and exceptions).
 *
 * @param arguments {@link Reason#NOT_OPEN_YET}: when it opens; {@link Reason#QUIZ_CLOSED}: when it closed;
 *                  {@link Reason#NO_ATTEMPTS_LEFT}: the attempts allowed; {@link Reason#TOO_SOON}: when the
 *                  next may start; none for the others
 */
public record Refusal(Reason reason, List<Object> arguments) {

    public Refusal {
        Objects.requireNonNull(reason, "reason");
        arguments = List.copyOf(arguments);
    }

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

    /** The reason and its arguments in plain English, for logs and exception messages. */
    public String describe() {
        String what = switch (reason) {
            case STALE_SAVE -> "a newer answer to this question was saved already";
            case ATTEMPT_CLOSED -> "the attempt is closed";
            case TIME_UP -> "time is up";
            case QUESTION_FINISHED -> "the question is finished";
            case NOT_INTERACTIVE -> "answers are graded when the attempt is submitted";
            case NOTHING_TO_CHECK -> "there is no answer to check";
            case NOT_OPEN_YET -> "the quiz opens at";
            case QUIZ_CLOSED -> "the quiz closed at";
            case NO_ATTEMPTS_LEFT -> "every allowed attempt has been used:";
            case TOO_SOON -> "the next attempt may start at";
            case ATTEMPT_OPEN -> "an earlier attempt is still open";
        };
        return arguments.isEmpty() ? what : what + " " + arguments.stream().map(String::valueOf)
                .reduce((left, right) -> left + ", " + right).orElse("");
    }
}

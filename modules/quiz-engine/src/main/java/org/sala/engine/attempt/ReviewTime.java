package org.sala.engine.attempt;

import java.time.Duration;

/** The moments review options are set for. */
public enum ReviewTime {
    /** While the attempt is open (in interactive mode: for questions already checked). */
    DURING,
    /** Within {@link #IMMEDIATELY} of submitting. */
    IMMEDIATELY_AFTER,
    /** Later, while the quiz is still open. */
    LATER_WHILE_OPEN,
    /** After the quiz has closed. */
    AFTER_CLOSE;

    /** How long "immediately after" lasts; Moodle uses the same two minutes. */
    public static final Duration IMMEDIATELY = Duration.ofMinutes(2);
}

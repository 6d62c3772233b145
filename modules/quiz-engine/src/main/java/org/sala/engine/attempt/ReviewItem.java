package org.sala.engine.attempt;

/** What a learner may be shown of an attempt (Moodle's review options). */
public enum ReviewItem {
    /** The learner's own responses. */
    RESPONSES,
    /** Whether each response is right, partly right or wrong. */
    CORRECTNESS,
    /** The marks of each question and the total. */
    MARKS,
    /** Feedback on the chosen option or matched answer. */
    SPECIFIC_FEEDBACK,
    /** The question's general feedback. */
    GENERAL_FEEDBACK,
    /** The right answer. */
    RIGHT_ANSWER,
    /** Feedback on the whole attempt (by grade band). */
    OVERALL_FEEDBACK
}

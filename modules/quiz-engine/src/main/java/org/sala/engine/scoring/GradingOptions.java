package org.sala.engine.scoring;

/**
 * Quiz-wide grading settings the grader needs.
 *
 * @param negativeMarking whether a response may score below zero (options with negative credit,
 *                        right-minus-wrong below zero); without it every question's score is floored at 0
 */
public record GradingOptions(boolean negativeMarking) {

    public static final GradingOptions STANDARD = new GradingOptions(false);
    public static final GradingOptions NEGATIVE_MARKING = new GradingOptions(true);
}

package org.sala.engine.statistics;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How one question behaved across the attempts that contained it. Attempts that did not contain the
 * question (a random draw that skipped it) do not count here at all.
 *
 * <p>Invariants: {@code attempts >= 1}; {@code facility} lies in [0, 1]; a standard deviation is never
 * negative; a discrimination lies in [-1, 1]; option counts are positive and at most {@code attempts}.
 *
 * @param questionId        the question
 * @param attempts          how many attempts contained the question
 * @param facility          the mean share of the marks earned (earned / possible), from 0 (nobody
 *                          scored) to 1 (everybody got full marks); high means easy
 * @param standardDeviation sample standard deviation (divisor {@code n - 1}) of that share; empty for a
 *                          single attempt
 * @param discrimination    Pearson correlation between the share earned on this question and the share
 *                          earned on the rest of the attempt (Moodle's "discrimination index", which
 *                          Moodle shows multiplied by 100); empty when fewer than two attempts had other
 *                          questions, or when either side did not vary
 * @param optionCounts      how many attempts picked each option, by option id in id order; options nobody
 *                          picked are absent, since observations do not list a question's options
 */
public record QuestionStatistics(String questionId, int attempts, double facility, OptionalDouble standardDeviation,
                                 OptionalDouble discrimination, Map<String, Integer> optionCounts) {

    public QuestionStatistics {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(standardDeviation, "standardDeviation");
        Objects.requireNonNull(discrimination, "discrimination");
        if (attempts < 1) {
            throw new IllegalArgumentException("question '" + questionId + "' has statistics over " + attempts
                    + " attempts; at least 1 is needed");
        }
        if (!(facility >= 0 && facility <= 1)) {
            throw new IllegalArgumentException("question '" + questionId + "' has facility " + facility
                    + "; facility lies between 0 and 1");
        }
        if (standardDeviation.isPresent() && !(standardDeviation.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("question '" + questionId + "' has a negative standard deviation");
        }
        if (discrimination.isPresent() && !(Math.abs(discrimination.getAsDouble()) <= 1)) {
            throw new IllegalArgumentException("question '" + questionId + "' has discrimination "
                    + discrimination.getAsDouble() + "; a correlation lies between -1 and 1");
        }
        SortedMap<String, Integer> counts = new TreeMap<>(optionCounts);
        counts.forEach((option, count) -> {
            if (count == null || count < 1 || count > attempts) {
                throw new IllegalArgumentException("question '" + questionId + "' counts option '" + option + "' "
                        + count + " times in " + attempts + " attempts");
            }
        });
        // A sorted copy, so that iteration order is stable whatever order the options were seen in.
        optionCounts = Collections.unmodifiableSortedMap(counts);
    }

    /** Below this facility a question is suspiciously hard (almost nobody earns its marks). */
    public static final double HARD_BELOW = 0.2;
    /** Above this facility a question is suspiciously easy (it tells learners apart no more than a gift). */
    public static final double EASY_ABOVE = 0.95;
    /** Below this discrimination a question does not separate learners who know the topic from those who don't. */
    public static final double DISCRIMINATES_BELOW = 0.2;

    /**
     * Whether an instructor should look at this question again: too hard, too easy, or its marks hardly follow
     * the rest of the attempt (often a wrong key or an ambiguous prompt). Thresholds as commonly used in item
     * analysis, Moodle's among them.
     */
    public boolean isWeak() {
        return facility < HARD_BELOW || facility > EASY_ABOVE
                || discrimination.isPresent() && discrimination.getAsDouble() < DISCRIMINATES_BELOW;
    }
}

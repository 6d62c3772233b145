package org.sala.engine.statistics;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How a quiz behaved across a set of attempts. Percentages are of each attempt's own possible total, so
 * attempts that drew different questions are comparable.
 *
 * <p>Invariants: {@code attempts >= 0}; mean and median are present exactly when there is an attempt;
 * the standard deviation is present exactly when there are at least two; each question appears once.
 *
 * @param attempts                 how many attempts were analysed
 * @param meanPercent              mean of the attempts' totals as percentages (0 to 100)
 * @param medianPercent            median of those percentages; the mean of the middle two for an even count
 * @param standardDeviationPercent sample standard deviation (divisor {@code n - 1}) of those percentages
 * @param cronbachAlpha            internal consistency of the questions every attempt contained; see
 *                                 {@link ItemAnalysis#analyse} for when it is empty
 * @param questions                per-question statistics, in the order the questions were first seen
 */
public record QuizStatistics(int attempts, OptionalDouble meanPercent, OptionalDouble medianPercent,
                             OptionalDouble standardDeviationPercent, OptionalDouble cronbachAlpha,
                             List<QuestionStatistics> questions) {

    public QuizStatistics {
        Objects.requireNonNull(meanPercent, "meanPercent");
        Objects.requireNonNull(medianPercent, "medianPercent");
        Objects.requireNonNull(standardDeviationPercent, "standardDeviationPercent");
        Objects.requireNonNull(cronbachAlpha, "cronbachAlpha");
        questions = List.copyOf(questions);
        if (attempts < 0) {
            throw new IllegalArgumentException("a quiz cannot have " + attempts + " attempts");
        }
        if (meanPercent.isPresent() != attempts > 0 || medianPercent.isPresent() != attempts > 0) {
            throw new IllegalArgumentException("mean and median exist exactly when there is an attempt");
        }
        if (standardDeviationPercent.isPresent() != attempts > 1) {
            throw new IllegalArgumentException("a standard deviation exists exactly when there are two attempts or more");
        }
        var ids = new HashSet<String>();
        for (QuestionStatistics question : questions) {
            if (!ids.add(question.questionId())) {
                throw new IllegalArgumentException("question '" + question.questionId() + "' has two sets of statistics");
            }
        }
    }

    /** The statistics of one question; empty when no attempt contained it. */
    public Optional<QuestionStatistics> question(String questionId) {
        return questions.stream().filter(question -> question.questionId().equals(questionId)).findFirst();
    }
}

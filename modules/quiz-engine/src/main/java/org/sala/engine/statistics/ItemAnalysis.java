package org.sala.engine.statistics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Item analysis: statistics of each question and of the quiz over a set of graded attempts. A pure
 * function of its input; the order of the attempts changes nothing but the order in which questions are
 * listed (first seen, first listed).
 */
public final class ItemAnalysis {

    private ItemAnalysis() {
    }

    /**
     * Analyses a set of attempts.
     *
     * <p><b>Per question</b>, over the attempts that contained it: facility, its sample standard deviation,
     * discrimination and option counts (see {@link QuestionStatistics}). For discrimination, the "rest of
     * the test" of an attempt is its total earned minus this question's, as a share of its total possible
     * minus this question's; an attempt that held this question only has no rest and is left out of the
     * correlation.
     *
     * <p><b>For the quiz</b>: mean, median and sample standard deviation of the attempts' totals as
     * percentages, and Cronbach's alpha:
     * <pre>alpha = k / (k - 1) * (1 - sum of item variances / variance of totals)</pre>
     * where the items are the questions that <em>every</em> attempt contained (so every attempt counts,
     * and questions drawn for only some attempts are left out), an item's score is the marks earned on
     * it, and the total is the sum of those items' marks, not the whole attempt's. Variances are sample
     * variances; the divisor cancels out of the ratio, so this equals alpha computed with population
     * variances. For items marked right (full marks) or wrong (nothing), alpha is exactly the
     * Kuder-Richardson formula 20, {@code KR-20 = k / (k - 1) * (1 - sum p(1 - p) / variance of totals)}
     * with {@code p} each item's share of attempts marked right: {@code p(1 - p)} is such an item's
     * population variance. Alpha is empty when fewer than two questions are common to all attempts,
     * when there are fewer than two attempts, or when every attempt got the same total on them (the
     * formula divides by zero).
     *
     * @param attempts graded attempts, each one learner's; may be empty
     */
    public static QuizStatistics analyse(List<AttemptObservation> attempts) {
        attempts = List.copyOf(attempts);
        double[] percents = attempts.stream().mapToDouble(AttemptObservation::percent).toArray();
        boolean any = percents.length > 0;
        return new QuizStatistics(attempts.size(),
                any ? OptionalDouble.of(Measures.mean(percents)) : OptionalDouble.empty(),
                any ? OptionalDouble.of(Measures.median(percents)) : OptionalDouble.empty(),
                Measures.sampleStandardDeviation(percents),
                cronbachAlpha(attempts),
                questionStatistics(attempts));
    }

    private static List<QuestionStatistics> questionStatistics(List<AttemptObservation> attempts) {
        // Each question with the attempts that contained it, questions in first-seen order.
        Map<String, List<AttemptObservation>> attemptsByQuestion = new LinkedHashMap<>();
        for (AttemptObservation attempt : attempts) {
            for (ItemObservation item : attempt.items()) {
                attemptsByQuestion.computeIfAbsent(item.questionId(), id -> new ArrayList<>()).add(attempt);
            }
        }
        var statistics = new ArrayList<QuestionStatistics>(attemptsByQuestion.size());
        attemptsByQuestion.forEach((questionId, containing) -> statistics.add(question(questionId, containing)));
        return statistics;
    }

    private static QuestionStatistics question(String questionId, List<AttemptObservation> containing) {
        double[] fractions = new double[containing.size()];
        var itemFractions = new ArrayList<Double>();
        var restFractions = new ArrayList<Double>();
        Map<String, Integer> optionCounts = new HashMap<>();
        for (int i = 0; i < containing.size(); i++) {
            AttemptObservation attempt = containing.get(i);
            ItemObservation item = item(attempt, questionId);
            fractions[i] = item.fraction();
            item.chosenOptions().forEach(option -> optionCounts.merge(option, 1, Integer::sum));
            BigDecimal restPossible = attempt.possible().subtract(item.possible());
            if (restPossible.signum() > 0) {
                BigDecimal restEarned = attempt.earned().subtract(item.earned());
                itemFractions.add(item.fraction());
                restFractions.add(restEarned.divide(restPossible, MathContext.DECIMAL64).doubleValue());
            }
        }
        return new QuestionStatistics(questionId, containing.size(), Measures.mean(fractions),
                Measures.sampleStandardDeviation(fractions),
                Measures.correlation(toArray(itemFractions), toArray(restFractions)),
                optionCounts);
    }

    private static OptionalDouble cronbachAlpha(List<AttemptObservation> attempts) {
        if (attempts.size() < 2) {
            return OptionalDouble.empty();
        }
        Set<String> common = new LinkedHashSet<>();
        attempts.getFirst().items().forEach(item -> common.add(item.questionId()));
        for (AttemptObservation attempt : attempts) {
            common.retainAll(attempt.items().stream().map(ItemObservation::questionId).toList());
        }
        int questionCount = common.size(); // k in the formula
        if (questionCount < 2) {
            return OptionalDouble.empty();
        }
        // Totals are summed exactly, so that equal totals are equal doubles and a constant total is seen as one.
        BigDecimal[] exactTotals = new BigDecimal[attempts.size()];
        Arrays.fill(exactTotals, BigDecimal.ZERO);
        double sumOfItemVariances = 0;
        for (String questionId : common) {
            double[] marks = new double[attempts.size()];
            for (int i = 0; i < attempts.size(); i++) {
                BigDecimal earned = item(attempts.get(i), questionId).earned();
                marks[i] = earned.doubleValue();
                exactTotals[i] = exactTotals[i].add(earned);
            }
            sumOfItemVariances += Measures.sampleVariance(marks).orElseThrow();
        }
        double[] totals = Arrays.stream(exactTotals).mapToDouble(BigDecimal::doubleValue).toArray();
        if (Measures.isConstant(totals)) {
            return OptionalDouble.empty();
        }
        double totalVariance = Measures.sampleVariance(totals).orElseThrow();
        return OptionalDouble.of((double) questionCount / (questionCount - 1) * (1 - sumOfItemVariances / totalVariance));
    }

    private static ItemObservation item(AttemptObservation attempt, String questionId) {
        return attempt.items().stream().filter(item -> item.questionId().equals(questionId)).findFirst().orElseThrow();
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}

package org.sala.engine.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {

    private static final Offset<Double> EXACT = within(1e-9);

    /**
     * Five learners, three questions worth one mark each, marked right (1) or wrong (0):
     * <pre>
     *        q1 q2 q3  total
     *   A     1  1  1    3
     *   B     1  1  0    2
     *   C     1  0  1    2
     *   D     0  1  0    1
     *   E     0  0  0    0
     * </pre>
     */
    private static final List<AttemptObservation> FIVE_LEARNERS = List.of(
            marked(1, 1, 1), marked(1, 1, 0), marked(1, 0, 1), marked(0, 1, 0), marked(0, 0, 0));

    private static AttemptObservation marked(int... rightOrWrong) {
        var items = new ItemObservation[rightOrWrong.length];
        for (int i = 0; i < rightOrWrong.length; i++) {
            items[i] = ItemObservation.of("q" + (i + 1), String.valueOf(rightOrWrong[i]), "1");
        }
        return AttemptObservation.of(items);
    }

    private static ItemObservation chose(String questionId, String earned, String possible, String... options) {
        return new ItemObservation(questionId, new BigDecimal(earned), new BigDecimal(possible), Set.of(options));
    }

    private static QuestionStatistics question(QuizStatistics statistics, String questionId) {
        return statistics.question(questionId).orElseThrow();
    }

    @Test
    void facilityIsTheMeanFractionOfMarks() {
        QuizStatistics statistics = ItemAnalysis.analyse(FIVE_LEARNERS);

        // q1: 3 of 5 right; q2: 3 of 5; q3: 2 of 5.
        assertThat(question(statistics, "q1").facility()).isCloseTo(0.6, EXACT);
        assertThat(question(statistics, "q2").facility()).isCloseTo(0.6, EXACT);
        assertThat(question(statistics, "q3").facility()).isCloseTo(0.4, EXACT);
    }

    @Test
    void partialMarksCountAsTheirShareOfTheQuestion() {
        QuizStatistics statistics = ItemAnalysis.analyse(List.of(
                AttemptObservation.of(ItemObservation.of("essay", "1", "2")),
                AttemptObservation.of(ItemObservation.of("essay", "2", "2")),
                AttemptObservation.of(ItemObservation.of("essay", "0", "2")),
                AttemptObservation.of(ItemObservation.of("essay", "0.5", "2"))));

        // Shares 0.5, 1, 0, 0.25: mean 1.75 / 4 = 0.4375.
        assertThat(question(statistics, "essay").facility()).isCloseTo(0.4375, EXACT);
    }

    @Test
    void aQuestionsSpreadIsTheSampleStandardDeviationOfItsFractions() {
        QuizStatistics statistics = ItemAnalysis.analyse(FIVE_LEARNERS);

        // q1: deviations from 0.6 are 0.4 (three times) and -0.6 (twice);
        // squares 3 * 0.16 + 2 * 0.36 = 1.2; over n - 1 = 4: 0.3; sd = sqrt(0.3) = 0.5477225575...
        assertThat(question(statistics, "q1").standardDeviation()).hasValueCloseTo(Math.sqrt(0.3), EXACT);
        assertThat(question(statistics, "q1").standardDeviation()).hasValueCloseTo(0.5477225575, within(1e-10));
        // q3 mirrors q1 (two right, three wrong): the same spread.
        assertThat(question(statistics, "q3").standardDeviation()).hasValueCloseTo(Math.sqrt(0.3), EXACT);
    }

    @Test
    void discriminationCorrelatesAQuestionWithTheRestOfTheAttempt() {
        QuizStatistics statistics = ItemAnalysis.analyse(FIVE_LEARNERS);

        // q1: x = 1,1,1,0,0 (mean 0.6); rest = (q2 + q3) / 2 = 1, .5, .5, .5, 0 (mean 0.5).
        // dx = .4,.4,.4,-.6,-.6; dy = .5,0,0,0,-.5; sum dx*dy = .2 + .3 = .5; sum dx^2 = 1.2; sum dy^2 = .5.
        // r = .5 / sqrt(1.2 * .5) = .5 / sqrt(.6) = 0.6454972244...
        assertThat(question(statistics, "q1").discrimination()).hasValueCloseTo(0.5 / Math.sqrt(0.6), EXACT);
        assertThat(question(statistics, "q1").discrimination()).hasValueCloseTo(0.6454972244, within(1e-10));
        // q3: x = 1,0,1,0,0 (mean .4); rest = (q1 + q2) / 2 = 1, 1, .5, .5, 0 (mean .6).
        // dx = .6,-.4,.6,-.4,-.4; dy = .4,.4,-.1,-.1,-.6; sum dx*dy = .24 - .16 - .06 + .04 + .24 = .3;
        // sum dx^2 = 1.2; sum dy^2 = .7; r = .3 / sqrt(.84) = 0.3273268354...
        assertThat(question(statistics, "q3").discrimination()).hasValueCloseTo(0.3273268354, within(1e-10));
    }

    @Test
    void aQuestionUnrelatedToTheRestDiscriminatesNothing() {
        QuizStatistics statistics = ItemAnalysis.analyse(FIVE_LEARNERS);

        // q2: x = 1,1,0,1,0 (mean .6); rest = (q1 + q3) / 2 = 1, .5, 1, 0, 0 (mean .5).
        // dx = .4,.4,-.6,.4,-.6; dy = .5,0,.5,-.5,-.5; sum dx*dy = .2 + 0 - .3 - .2 + .3 = 0.
        assertThat(question(statistics, "q2").discrimination()).hasValueCloseTo(0.0, EXACT);
    }

    @Test
    void aQuestionEveryoneGotRightHasNoDiscrimination() {
        QuizStatistics statistics = ItemAnalysis.analyse(List.of(marked(1, 1), marked(1, 0), marked(1, 1)));

        // q1 never varies: its correlation with anything is 0 / 0.
        assertThat(question(statistics, "q1").standardDeviation()).hasValueCloseTo(0.0, EXACT);
        assertThat(question(statistics, "q1").discrimination()).isEmpty();
    }

    @Test
    void quizTotalsAreSummarisedAsPercentages() {
        QuizStatistics statistics = ItemAnalysis.analyse(FIVE_LEARNERS);

        // Totals 3, 2, 2, 1, 0 out of 3: 100, 66.67, 66.67, 33.33, 0 percent.
        // Mean 1.6 / 3 = 53.333...%; median 2 / 3 = 66.666...%.
        // Totals deviate from 1.6 by 1.4, .4, .4, -.6, -1.6: squares sum to 5.2; over 4: 1.3;
        // sd = sqrt(1.3) marks = sqrt(1.3) / 3 * 100 = 38.0058475...%.
        assertThat(statistics.attempts()).isEqualTo(5);
        assertThat(statistics.meanPercent()).hasValueCloseTo(160.0 / 3, EXACT);
        assertThat(statistics.medianPercent()).hasValueCloseTo(200.0 / 3, EXACT);
        assertThat(statistics.standardDeviationPercent()).hasValueCloseTo(100 * Math.sqrt(1.3) / 3, EXACT);
        assertThat(statistics.standardDeviationPercent()).hasValueCloseTo(38.0058475, within(1e-7));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        QuizStatistics statistics = ItemAnalysis.analyse(List.of(marked(1, 1), marked(0, 0), marked(1, 0), marked(1, 0)));

        // Percentages 100, 0, 50, 50: sorted 0, 50, 50, 100; median (50 + 50) / 2 = 50; mean 200 / 4 = 50.
        assertThat(statistics.medianPercent()).hasValueCloseTo(50.0, EXACT);

        QuizStatistics uneven = ItemAnalysis.analyse(List.of(marked(1, 1), marked(0, 0), marked(1, 0), marked(0, 0)));
        // 100, 0, 50, 0: sorted 0, 0, 50, 100; median (0 + 50) / 2 = 25.
        assertThat(uneven.medianPercent()).hasValueCloseTo(25.0, EXACT);
    }

    @Test
    void cronbachsAlphaComparesItemVariancesWithTheVarianceOfTotals() {
        QuizStatistics statistics = ItemAnalysis.analyse(FIVE_LEARNERS);

        // Sample variances: each item 0.3 (see the spread test), sum 0.9; totals 1.3.
        // alpha = 3 / 2 * (1 - 0.9 / 1.3) = 1.5 * 0.4 / 1.3 = 6 / 13 = 0.4615384615...
        assertThat(statistics.cronbachAlpha()).hasValueCloseTo(6.0 / 13, EXACT);
    }

    @Test
    void forRightOrWrongItemsAlphaEqualsKuderRichardson20() {
        QuizStatistics statistics = ItemAnalysis.analyse(FIVE_LEARNERS);

        // KR-20 by hand, with population measures throughout as the formula is usually stated:
        // p = .6, .6, .4, so p(1 - p) = .24 each, sum .72; population variance of totals 5.2 / 5 = 1.04;
        // KR-20 = 3 / 2 * (1 - .72 / 1.04) = 1.5 * .32 / 1.04 = 6 / 13.
        double[] p = {0.6, 0.6, 0.4};
        double sumPq = 0;
        for (double share : p) {
            sumPq += share * (1 - share);
        }
        double kr20 = 3.0 / 2 * (1 - sumPq / (5.2 / 5));

        assertThat(kr20).isCloseTo(6.0 / 13, EXACT);
        assertThat(statistics.cronbachAlpha()).hasValueCloseTo(kr20, EXACT);
    }

    @Test
    void optionCountsTellHowOftenEachOptionWasChosen() {
        QuizStatistics statistics = ItemAnalysis.analyse(List.of(
                AttemptObservation.of(chose("capital", "1", "1", "b")),
                AttemptObservation.of(chose("capital", "0", "1", "c")),
                AttemptObservation.of(chose("capital", "1", "1", "b")),
                AttemptObservation.of(chose("capital", "0", "1")),
                AttemptObservation.of(chose("capital", "0", "1", "a", "c"))));

        QuestionStatistics capital = question(statistics, "capital");
        assertThat(capital.optionCounts()).isEqualTo(Map.of("a", 1, "b", 2, "c", 2));
        // Listed in option id order, whatever order they were seen in.
        assertThat(capital.optionCounts().keySet()).containsExactly("a", "b", "c");
    }

    @Test
    void questionsAreListedInTheOrderTheyWereFirstSeen() {
        QuizStatistics statistics = ItemAnalysis.analyse(List.of(
                AttemptObservation.of(ItemObservation.of("zeta", "1", "1"), ItemObservation.of("alpha", "0", "1")),
                AttemptObservation.of(ItemObservation.of("mu", "1", "1"), ItemObservation.of("zeta", "0", "1"))));

        assertThat(statistics.questions()).extracting(QuestionStatistics::questionId).containsExactly("zeta", "alpha", "mu");
    }

    @Test
    void aSingleAttemptHasALevelButNoSpread() {
        QuizStatistics statistics = ItemAnalysis.analyse(List.of(marked(1, 0, 1)));

        assertThat(statistics.attempts()).isEqualTo(1);
        assertThat(statistics.meanPercent()).hasValueCloseTo(200.0 / 3, EXACT);
        assertThat(statistics.medianPercent()).hasValueCloseTo(200.0 / 3, EXACT);
        assertThat(statistics.standardDeviationPercent()).isEmpty();
        assertThat(statistics.cronbachAlpha()).isEmpty();
        QuestionStatistics q1 = question(statistics, "q1");
        assertThat(q1.attempts()).isEqualTo(1);
        assertThat(q1.facility()).isCloseTo(1.0, EXACT);
        assertThat(q1.standardDeviation()).isEmpty();
        assertThat(q1.discrimination()).isEmpty();
    }

    @Test
    void whenEveryoneScoresTheSameThereIsNoSpreadAndNoAlpha() {
        QuizStatistics statistics = ItemAnalysis.analyse(List.of(marked(1, 0), marked(0, 1), marked(1, 0)));

        // Every total is 1 of 2: the variance of totals is 0, and alpha would divide by it.
        assertThat(statistics.meanPercent()).hasValueCloseTo(50.0, EXACT);
        assertThat(statistics.standardDeviationPercent()).hasValueCloseTo(0.0, EXACT);
        assertThat(statistics.cronbachAlpha()).isEmpty();
    }

    @Test
    void aQuestionMissingFromAnAttemptCountsOnlyWhereItWasDrawn() {
        QuizStatistics statistics = ItemAnalysis.analyse(List.of(
                AttemptObservation.of(ItemObservation.of("q1", "1", "1"), ItemObservation.of("q2", "1", "1"),
                        ItemObservation.of("drawn", "1", "1")),
                AttemptObservation.of(ItemObservation.of("q1", "1", "1"), ItemObservation.of("q2", "0", "1")),
                AttemptObservation.of(ItemObservation.of("q1", "0", "1"), ItemObservation.of("q2", "0", "1"),
                        ItemObservation.of("drawn", "0", "1"))));

        QuestionStatistics drawn = question(statistics, "drawn");
        // Only the two attempts that drew it: 1 and 0, facility 0.5.
        assertThat(drawn.attempts()).isEqualTo(2);
        assertThat(drawn.facility()).isCloseTo(0.5, EXACT);
        // Its rest of test: (1 + 1) / 2 = 1 and (0 + 0) / 2 = 0, a perfect correlation.
        assertThat(drawn.discrimination()).hasValueCloseTo(1.0, EXACT);
        assertThat(question(statistics, "q1").attempts()).isEqualTo(3);
        // The middle attempt's percentage is of its own two marks: 1 of 2 = 50%.
        // Percentages 100, 50, 0: mean 50.
        assertThat(statistics.meanPercent()).hasValueCloseTo(50.0, EXACT);
        // Alpha leaves "drawn" out and uses q1 and q2, which all three attempts hold:
        // q1 = 1,1,0 and q2 = 1,0,0 have sample variance 1/3 each; totals 2,1,0 have variance 1.
        // alpha = 2 / 1 * (1 - (2/3) / 1) = 2/3.
        assertThat(statistics.cronbachAlpha()).hasValueCloseTo(2.0 / 3, EXACT);
    }

    @Test
    void alphaNeedsTwoQuestionsCommonToAllAttempts() {
        QuizStatistics statistics = ItemAnalysis.analyse(List.of(
                AttemptObservation.of(ItemObservation.of("q1", "1", "1"), ItemObservation.of("a", "1", "1")),
                AttemptObservation.of(ItemObservation.of("q1", "0", "1"), ItemObservation.of("b", "1", "1"))));

        assertThat(statistics.cronbachAlpha()).isEmpty();
    }

    @Test
    void aQuestionAloneInItsAttemptHasNoRestToCorrelateWith() {
        QuizStatistics statistics = ItemAnalysis.analyse(List.of(
                AttemptObservation.of(ItemObservation.of("solo", "1", "1")),
                AttemptObservation.of(ItemObservation.of("solo", "0", "1"))));

        assertThat(question(statistics, "solo").discrimination()).isEmpty();
    }

    @Test
    void noAttemptsGiveNoStatistics() {
        QuizStatistics statistics = ItemAnalysis.analyse(List.of());

        assertThat(statistics.attempts()).isZero();
        assertThat(statistics.meanPercent()).isEmpty();
        assertThat(statistics.medianPercent()).isEmpty();
        assertThat(statistics.standardDeviationPercent()).isEmpty();
        assertThat(statistics.cronbachAlpha()).isEmpty();
        assertThat(statistics.questions()).isEmpty();
    }

    @Test
    void analysisIsAPureFunctionOfTheAttempts() {
        assertThat(ItemAnalysis.analyse(FIVE_LEARNERS)).isEqualTo(ItemAnalysis.analyse(List.copyOf(FIVE_LEARNERS)));
    }

    @Test
    void aQuestionIsWeakWhenTooHardTooEasyOrNotDiscriminating() {
        QuestionStatistics q1 = question(ItemAnalysis.analyse(FIVE_LEARNERS), "q1");
        assertThat(q1.isWeak()).as("facility 0.6, discrimination %s", q1.discrimination()).isFalse();

        assertThat(stats(0.19, OptionalDouble.of(0.5)).isWeak()).isTrue();
        assertThat(stats(0.96, OptionalDouble.of(0.5)).isWeak()).isTrue();
        assertThat(stats(0.6, OptionalDouble.of(0.19)).isWeak()).isTrue();
        assertThat(stats(0.2, OptionalDouble.of(0.2)).isWeak()).isFalse();
        assertThat(stats(0.95, OptionalDouble.empty()).isWeak()).isFalse();
    }

    private static QuestionStatistics stats(double facility, OptionalDouble discrimination) {
        return new QuestionStatistics("q", 10, facility, OptionalDouble.empty(), discrimination, java.util.Map.of());
    }
}

package org.sala.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sala.engine.Questions;
import org.sala.engine.question.OrderingScoring;
import org.sala.engine.response.Response;

/** Matching and ordering: answers the learner arranges. */
class ArrangementGradingTest {

    private static Score matched(Map<String, String> answers) {
        return Grader.grade(Questions.years(), new Response.Matches(answers)).score();
    }

    private static Score ordered(OrderingScoring scoring, String... items) {
        return Grader.grade(Questions.timeline(scoring), new Response.Sequence(List.of(items))).score();
    }

    @Test
    void eachRightMatchEarnsAnEqualShare() {
        assertThat(matched(Map.of("asean", "1999", "wto", "2004", "untac", "1992"))).isEqualTo(Score.of("3", "3"));
        assertThat(matched(Map.of("asean", "1999", "wto", "1992", "untac", "2004"))).isEqualTo(Score.of("1", "3"));
        assertThat(matched(Map.of("asean", "1999", "wto", "1953"))).isEqualTo(Score.of("1", "3"));
    }

    @Test
    void aMatchToAnAnswerTheQuestionDoesNotOfferIsRefused() {
        assertThatThrownBy(() -> matched(Map.of("asean", "1998"))).hasMessageContaining("no answer '1998'");
        assertThatThrownBy(() -> matched(Map.of("apec", "1999"))).hasMessageContaining("no prompt 'apec'");
    }

    @Test
    void allOrNothingOrderingNeedsTheWholeSequence() {
        assertThat(ordered(OrderingScoring.ALL_OR_NOTHING, "independence", "untac", "asean", "wto")).isEqualTo(Score.of("3", "3"));
        assertThat(ordered(OrderingScoring.ALL_OR_NOTHING, "independence", "untac", "wto", "asean")).isEqualTo(Score.of("0", "3"));
    }

    @Test
    void itemsInPlaceEarnAShareEach() {
        assertThat(ordered(OrderingScoring.ITEMS_IN_PLACE, "independence", "untac", "wto", "asean")).isEqualTo(Score.of("1.5", "3"));
        // Shifted by one place: nothing is in place.
        assertThat(ordered(OrderingScoring.ITEMS_IN_PLACE, "wto", "independence", "untac", "asean")).isEqualTo(Score.of("0", "3"));
    }

    @Test
    void adjacentPairsRewardASequenceShiftedByOnePlace() {
        // independence-untac and untac-asean kept: 2 of 3 pairs.
        assertThat(ordered(OrderingScoring.ADJACENT_PAIRS, "wto", "independence", "untac", "asean")).isEqualTo(Score.of("2", "3"));
        assertThat(ordered(OrderingScoring.ADJACENT_PAIRS, "wto", "asean", "untac", "independence")).isEqualTo(Score.of("0", "3"));
    }

    @Test
    void anOrderThatIsNotAnArrangementOfTheItemsIsRefused() {
        assertThatThrownBy(() -> ordered(OrderingScoring.ITEMS_IN_PLACE, "independence", "untac", "asean"))
                .hasMessageContaining("not an arrangement");
        assertThatThrownBy(() -> ordered(OrderingScoring.ITEMS_IN_PLACE, "independence", "untac", "asean", "asean"))
                .hasMessageContaining("not an arrangement");
    }

    @Test
    void matchingAndOrderingGiveFeedbackByOutcome() {
        var feedback = new org.sala.engine.question.OutcomeFeedback("All in place.", "Some in place.", "None in place.");
        var timeline = Questions.timeline(OrderingScoring.ITEMS_IN_PLACE);
        var question = new org.sala.engine.question.OrderingQuestion(timeline.basics(), timeline.items(), timeline.scoring(), feedback);

        assertThat(Grader.grade(question, new Response.Sequence(List.of("independence", "untac", "asean", "wto"))).feedback())
                .isEqualTo("All in place.");
        assertThat(Grader.grade(question, new Response.Sequence(List.of("independence", "untac", "wto", "asean"))).feedback())
                .isEqualTo("Some in place.");
        assertThat(Grader.grade(question, new Response.Sequence(List.of("wto", "independence", "untac", "asean"))).feedback())
                .isEqualTo("None in place.");
        var years = Questions.years();
        var matching = new org.sala.engine.question.MatchingQuestion(years.basics(), years.pairs(), years.distractors(), true, feedback);
        assertThat(Grader.grade(matching, new Response.Matches(Map.of("asean", "1953"))).feedback()).isEqualTo("None in place.");
    }

    @Test
    void thirdsAreRoundedOnceToSevenPlaces() {
        assertThat(Grader.grade(Questions.years(), new Response.Matches(Map.of("asean", "1999"))).score().earned())
                .isEqualByComparingTo("1");
        var oneOfThree = Questions.years().basics().withPoints(java.math.BigDecimal.ONE);
        var question = new org.sala.engine.question.MatchingQuestion(oneOfThree, Questions.years().pairs(), List.of(), false);
        assertThat(Grader.grade(question, new Response.Matches(Map.of("asean", "1999"))).score()).isEqualTo(Score.of("0.3333333", "1"));
    }
}

package org.sala.engine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sala.engine.review.Rating.AGAIN;
import static org.sala.engine.review.Rating.EASY;
import static org.sala.engine.review.Rating.GOOD;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewQueueTest {

    private static final Instant NOW = Instant.parse("2025-06-30T12:00:00Z");
    private static final Scheduler SCHEDULER = Scheduler.withDefaults();

    private static List<ReviewEvent> reviewedOnce(int daysAgo, Rating rating) {
        return List.of(new ReviewEvent(NOW.minus(Duration.ofDays(daysAgo)), rating));
    }

    @Test
    void theLeastRememberedQuestionComesFirst() {
        // All GOOD once (S = 3.7145, due after 4 days), reviewed 5, 20 and 9 days ago:
        // R falls with time, so 20 days ago < 9 days ago < 5 days ago.
        var histories = new LinkedHashMap<String, List<ReviewEvent>>();
        histories.put("five", reviewedOnce(5, GOOD));
        histories.put("twenty", reviewedOnce(20, GOOD));
        histories.put("nine", reviewedOnce(9, GOOD));

        assertThat(ReviewQueue.due(histories, NOW, SCHEDULER)).containsExactly("twenty", "nine", "five");
    }

    @Test
    void retrievabilityNotDaysOverdueDecidesTheOrder() {
        // "forgotten": AGAIN 2 days ago, S = 0.4872, due after 1 day, now 1 day overdue;
        //   R = (1 + 19/81 * 2 / 0.4872)^-0.5 = 1.96292^-0.5 = 0.7138.
        // "steady": EASY 20 days ago, S = 13.8206, due after 14 days, now 6 days overdue;
        //   R = (1 + 19/81 * 20 / 13.8206)^-0.5 = 1.33945^-0.5 = 0.8640.
        // Fewer days overdue, yet much less likely to be recalled: "forgotten" comes first.
        var histories = new LinkedHashMap<String, List<ReviewEvent>>();
        histories.put("steady", reviewedOnce(20, EASY));
        histories.put("forgotten", reviewedOnce(2, AGAIN));

        assertThat(ReviewQueue.due(histories, NOW, SCHEDULER)).containsExactly("forgotten", "steady");
    }

    @Test
    void questionsNotYetDueAreLeftOut() {
        // EASY 3 days ago: due after 14 days.
        var histories = Map.of("fresh", reviewedOnce(3, EASY), "old", reviewedOnce(30, GOOD));

        assertThat(ReviewQueue.due(histories, NOW, SCHEDULER)).containsExactly("old");
        assertThat(ReviewQueue.countDue(histories, NOW, SCHEDULER)).isEqualTo(1);
    }

    @Test
    void questionsNeverReviewedComeLastInIdOrder() {
        var histories = new LinkedHashMap<String, List<ReviewEvent>>();
        histories.put("new-b", List.of());
        histories.put("old", reviewedOnce(30, GOOD));
        histories.put("new-a", List.of());

        assertThat(ReviewQueue.due(histories, NOW, SCHEDULER)).containsExactly("old", "new-a", "new-b");
        assertThat(ReviewQueue.countDue(histories, NOW, SCHEDULER)).isEqualTo(3);
    }

    @Test
    void equallyRememberedQuestionsGoInIdOrder() {
        var histories = new LinkedHashMap<String, List<ReviewEvent>>();
        histories.put("q2", reviewedOnce(10, GOOD));
        histories.put("q1", reviewedOnce(10, GOOD));

        assertThat(ReviewQueue.due(histories, NOW, SCHEDULER)).containsExactly("q1", "q2");
    }

    @Test
    void aQuestionWithABrokenHistoryIsNamed() {
        var histories = Map.of("muddled", List.of(new ReviewEvent(NOW, GOOD), new ReviewEvent(NOW.minusSeconds(60), GOOD)));

        assertThatThrownBy(() -> ReviewQueue.due(histories, NOW, SCHEDULER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("question 'muddled'")
                .hasMessageContaining("review 2");
    }

    @Test
    void nothingIsDueWhenNothingWasStudied() {
        assertThat(ReviewQueue.due(Map.of(), NOW, SCHEDULER)).isEmpty();
        assertThat(ReviewQueue.countDue(Map.of(), NOW, SCHEDULER)).isZero();
    }
}

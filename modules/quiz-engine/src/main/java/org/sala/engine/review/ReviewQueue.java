package org.sala.engine.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which questions a learner should review now, in the order to review them.
 *
 * <p>Order: questions already reviewed and now due come first, the least likely to be recalled (lowest
 * retrievability at {@code now}) first, since those are the memories closest to being lost; ties go by
 * question id. Questions never reviewed come after all of them, by question id: they are due at once,
 * but reviewing what is being forgotten is worth more than starting something new. A caller that wants
 * only reviews takes the list up to the first question without history, or leaves such questions out
 * of the map.
 */
public final class ReviewQueue {

    private ReviewQueue() {
    }

    /**
     * The ids of the questions due at {@code now}, in review order.
     *
     * @param historyByQuestion each question's reviews, earliest first; an empty list for a question never
     *                          reviewed
     * @throws IllegalArgumentException if a history is out of time order; the message names the question
     */
    public static List<String> due(Map<String, List<ReviewEvent>> historyByQuestion, Instant now, Scheduler scheduler) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(scheduler, "scheduler");
        var reviews = new ArrayList<Due>();
        var unseen = new ArrayList<String>();
        historyByQuestion.forEach((questionId, history) -> {
            switch (plan(questionId, history, scheduler)) {
                case ReviewPlan.Unseen neverReviewed -> unseen.add(questionId);
                case ReviewPlan.Scheduled scheduled -> {
                    if (scheduled.isDueAt(now)) {
                        reviews.add(new Due(questionId, scheduled.retrievability(now)));
                    }
                }
            }
        });
        reviews.sort(Comparator.comparingDouble(Due::retrievability).thenComparing(Due::questionId));
        unseen.sort(Comparator.naturalOrder());
        var order = new ArrayList<String>(reviews.size() + unseen.size());
        reviews.forEach(review -> order.add(review.questionId()));
        order.addAll(unseen);
        return List.copyOf(order);
    }

    /** How many questions are due at {@code now}, those never reviewed included; the size of {@link #due}. */
    public static int countDue(Map<String, List<ReviewEvent>> historyByQuestion, Instant now, Scheduler scheduler) {
        return due(historyByQuestion, now, scheduler).size();
    }

    private static ReviewPlan plan(String questionId, List<ReviewEvent> history, Scheduler scheduler) {
        try {
            return scheduler.plan(history);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("question '" + questionId + "': " + e.getMessage(), e);
        }
    }

    private record Due(String questionId, double retrievability) {
    }
}

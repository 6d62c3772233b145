package org.sala.engine.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a question should next be reviewed. A closed set: a question the learner has never reviewed is
 * {@link Unseen} and has no memory state to plan from; any other is {@link Scheduled}.
 */
public sealed interface ReviewPlan permits ReviewPlan.Unseen, ReviewPlan.Scheduled {

    /** The plan of every question without a review. */
    ReviewPlan UNSEEN = new Unseen();

    /** Whether the question should be reviewed at {@code now}. */
    boolean isDueAt(Instant now);

    /** Never reviewed: due at once, whatever the time. */
    record Unseen() implements ReviewPlan {

        @Override
        public boolean isDueAt(Instant now) {
            Objects.requireNonNull(now, "now");
            return true;
        }
    }

    /**
     * Reviewed at least once. The due instant is the last review plus the interval, counted in 24-hour
     * days; it is computed here, never passed in, so it always agrees with the interval.
     *
     * @param memory       the memory state after the last review
     * @param lastReview   when the last review happened
     * @param intervalDays whole days from the last review to the next; at least 1
     */
    record Scheduled(MemoryState memory, Instant lastReview, int intervalDays) implements ReviewPlan {

        public Scheduled {
            Objects.requireNonNull(memory, "memory");
            Objects.requireNonNull(lastReview, "lastReview");
            if (intervalDays < 1) {
                throw new IllegalArgumentException("an interval of " + intervalDays + " days; intervals are at least 1 day");
            }
        }

        /** When the question falls due: {@code intervalDays} days after the last review. */
        public Instant due() {
            return lastReview.plus(Duration.ofDays(intervalDays));
        }

        @Override
        public boolean isDueAt(Instant now) {
            return !now.isBefore(due());
        }

        /** The probability that the learner recalls the question at {@code now}; 1 at or before the last review. */
        public double retrievability(Instant now) {
            return memory.retrievability(ForgettingCurve.daysBetween(lastReview, now));
        }
    }
}

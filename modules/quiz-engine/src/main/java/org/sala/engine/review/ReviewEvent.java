package org.sala.engine.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One review of a question by a learner: when it happened and how well the learner recalled it.
 *
 * @param at     the instant of the review
 * @param rating how well the learner recalled the question
 */
public record ReviewEvent(Instant at, Rating rating) {

    public ReviewEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rating, "rating");
    }
}

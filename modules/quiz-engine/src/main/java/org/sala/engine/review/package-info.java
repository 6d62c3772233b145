/**
 * Spaced review: when a learner should see a question again, by the FSRS-4.5 memory model
 * (open-spaced-repetition, "The Algorithm", section FSRS-4.5 and the FSRS v4 formulas it keeps).
 *
 * <p>A question's review history ({@link org.sala.engine.review.ReviewEvent}s: when, and how well the
 * learner recalled it) is replayed into a {@link org.sala.engine.review.MemoryState} (difficulty and
 * stability), from which the {@link org.sala.engine.review.Scheduler} plans the next review and the
 * {@link org.sala.engine.review.ReviewQueue} picks what is due. Everything is a pure function of the
 * history, the parameters and the instant passed in; nothing here reads a clock or stores state.
 *
 * <p>Days are 24-hour spans of {@link java.time.Instant}s; mapping them onto a learner's calendar days
 * (time zones, "the day starts at 4 a.m.") is the caller's concern.
 */
package org.sala.engine.review;

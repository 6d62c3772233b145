package org.sala.engine.review;

import java.util.List;
import java.util.Objects;

/**
 * Plans reviews with the FSRS-4.5 model. The formulas are those of "The Algorithm" (open-spaced-repetition
 * wiki): section FSRS-4.5 for the forgetting curve (see {@link ForgettingCurve}) and section FSRS v4,
 * which FSRS-4.5 keeps unchanged, for everything else. Each method names the formula it implements, in
 * the wiki's notation: {@code G} the rating's grade, {@code D} difficulty, {@code S} stability,
 * {@code R} retrievability, {@code wN} weight N.
 *
 * <p>Choices where the wiki leaves room, made as the reference schedulers of that version do:
 * <ul>
 *   <li>Stability is updated from the difficulty <em>before</em> the review; the new difficulty applies
 *       from the next review on.</li>
 *   <li>Difficulty is clamped to [1, 10] after every step.</li>
 *   <li>FSRS-4.5 has no separate rule for reviews on the same day (FSRS-5 added one): every review goes
 *       through the same formulas, with the elapsed time in fractional days. A review soon after the last
 *       one finds R near 1, so a success barely raises stability.</li>
 *   <li>Stability never falls below {@link #MINIMUM_STABILITY_DAYS}, so a lapse under unusual weights
 *       cannot produce a memory with no forgetting curve. The default weights never reach it.</li>
 *   <li>Intervals are rounded half up to whole days, at least 1 day and at most the parameters'
 *       maximum.</li>
 * </ul>
 *
 * <p>Immutable and stateless: the same history always gives the same plan.
 */
public final class Scheduler {

    /** The floor on stability, in days (about a quarter of an hour). */
    public static final double MINIMUM_STABILITY_DAYS = 0.01;

    private final FsrsParameters parameters;

    public Scheduler(FsrsParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** A scheduler with {@link FsrsParameters#defaults()}. */
    public static Scheduler withDefaults() {
        return new Scheduler(FsrsParameters.defaults());
    }

    public FsrsParameters parameters() {
        return parameters;
    }

    /**
     * The memory state after a question's first review: {@code S0(G) = w[G-1]} and
     * {@code D0(G) = w4 - (G - 3) * w5}, clamped to [1, 10].
     */
    public MemoryState initialState(Rating rating) {
        return new MemoryState(initialDifficulty(rating), Math.max(MINIMUM_STABILITY_DAYS, w(rating.grade() - 1)));
    }

    /**
     * The memory state after a later review, {@code elapsedDays} after the one that left {@code state}.
     * Stability: {@link #stabilityAfterLapse} for {@code AGAIN}, else {@link #stabilityAfterRecall}, both at
     * {@code R = R(elapsedDays, S)}. Difficulty: {@code D' = D - w6 * (G - 3)}, then mean reversion towards
     * the initial difficulty of a {@code GOOD} rating, {@code D'' = w7 * D0(3) + (1 - w7) * D'}, clamped to
     * [1, 10]. (FSRS-5 reverts towards {@code D0(4)} instead; FSRS v4 and 4.5 use {@code D0(3) = w4}.)
     */
    public MemoryState nextState(MemoryState state, double elapsedDays, Rating rating) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(rating, "rating");
        if (!(elapsedDays >= 0)) {
            throw new IllegalArgumentException("a review " + elapsedDays + " days after the previous one; reviews run forward in time");
        }
        double difficulty = state.difficulty();
        double stability = state.stability();
        double retrievability = ForgettingCurve.retrievability(elapsedDays, stability);
        double nextStability = rating.isLapse()
                ? stabilityAfterLapse(difficulty, stability, retrievability)
                : stabilityAfterRecall(difficulty, stability, retrievability, rating);
        double stepped = difficulty - w(6) * (rating.grade() - 3);
        double reverted = w(7) * initialDifficulty(Rating.GOOD) + (1 - w(7)) * stepped;
        return new MemoryState(clampDifficulty(reverted), Math.max(MINIMUM_STABILITY_DAYS, nextStability));
    }

    /**
     * Stability after a successful review (G = 2, 3 or 4):
     * {@code S'r = S * (e^w8 * (11 - D) * S^-w9 * (e^(w10 * (1 - R)) - 1) * [w15 if G = 2] * [w16 if G = 4] + 1)}.
     * Easier questions (low D), younger memories (low S) and later reviews (low R) gain more; HARD gains
     * less ({@code w15 < 1}) and EASY more ({@code w16 > 1}).
     */
    double stabilityAfterRecall(double difficulty, double stability, double retrievability, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w(15) : 1;
        double easyBonus = rating == Rating.EASY ? w(16) : 1;
        return stability * (Math.exp(w(8))
                * (11 - difficulty)
                * Math.pow(stability, -w(9))
                * (Math.exp(w(10) * (1 - retrievability)) - 1)
                * hardPenalty
                * easyBonus
                + 1);
    }

    /**
     * Stability after a lapse (G = 1):
     * {@code S'f = w11 * D^-w12 * ((S + 1)^w13 - 1) * e^(w14 * (1 - R))}.
     */
    double stabilityAfterLapse(double difficulty, double stability, double retrievability) {
        return w(11)
                * Math.pow(difficulty, -w(12))
                * (Math.pow(stability + 1, w(13)) - 1)
                * Math.exp(w(14) * (1 - retrievability));
    }

    /**
     * The interval after a review that left {@code stability}: {@code I(r, S)} for the desired retention
     * {@code r} (see {@link ForgettingCurve#daysUntil}), rounded half up to whole days, at least 1, at most
     * the maximum interval. At {@code r = 0.9} the unrounded interval equals the stability.
     */
    public int intervalDays(double stability) {
        long rounded = Math.round(ForgettingCurve.daysUntil(parameters.desiredRetention(), stability));
        return (int) Math.min(parameters.maximumIntervalDays(), Math.max(1, rounded));
    }

    /**
     * The memory state after a whole review history.
     *
     * @param history the question's reviews, earliest first; reviews at the same instant are allowed
     * @throws IllegalArgumentException if the history is empty (a question never reviewed has no memory
     *                                  state; {@link #plan} calls it {@link ReviewPlan#UNSEEN}) or a review
     *                                  comes before the one listed ahead of it
     */
    public MemoryState replay(List<ReviewEvent> history) {
        history = List.copyOf(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a question never reviewed has no memory state yet");
        }
        ReviewEvent previous = history.getFirst();
        MemoryState state = initialState(previous.rating());
        for (int i = 1; i < history.size(); i++) {
            ReviewEvent event = history.get(i);
            if (event.at().isBefore(previous.at())) {
                throw new IllegalArgumentException("review " + (i + 1) + " (" + event.rating() + " at " + event.at()
                        + ") comes before review " + i + " (at " + previous.at() + "); a history runs earliest first");
            }
            state = nextState(state, ForgettingCurve.daysBetween(previous.at(), event.at()), event.rating());
            previous = event;
        }
        return state;
    }

    /**
     * The next review of a question with this history: {@link ReviewPlan#UNSEEN} for an empty history,
     * else the memory state after the last review and the interval that follows from its stability.
     *
     * @throws IllegalArgumentException if a review comes before the one listed ahead of it
     */
    public ReviewPlan plan(List<ReviewEvent> history) {
        if (history.isEmpty()) {
            return ReviewPlan.UNSEEN;
        }
        MemoryState memory = replay(history);
        return new ReviewPlan.Scheduled(memory, history.getLast().at(), intervalDays(memory.stability()));
    }

    /** {@code D0(G) = w4 - (G - 3) * w5}, clamped to [1, 10]; {@code D0(3) = w4}. */
    private double initialDifficulty(Rating rating) {
        return clampDifficulty(w(4) - (rating.grade() - 3) * w(5));
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(MemoryState.MAXIMUM_DIFFICULTY, Math.max(MemoryState.MINIMUM_DIFFICULTY, difficulty));
    }

    /** Weight wN, named as in the published formulas so each line can be checked against them. */
    private double w(int index) {
        return parameters.weight(index);
    }
}

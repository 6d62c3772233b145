package org.sala.engine.attempt;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** For each review time, what the learner may see. Times not listed show nothing. */
public record ReviewOptions(Map<ReviewTime, Set<ReviewItem>> visible) {

    public ReviewOptions {
        var copy = new EnumMap<ReviewTime, Set<ReviewItem>>(ReviewTime.class);
        visible.forEach((time, items) -> copy.put(time, items.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(items))));
        visible = Map.copyOf(copy);
    }

    public Set<ReviewItem> at(ReviewTime time) {
        return visible.getOrDefault(time, Set.of());
    }

    /** Practice: everything, at every time, including while answering (for checked questions). */
    public static ReviewOptions everything() {
        var all = new EnumMap<ReviewTime, Set<ReviewItem>>(ReviewTime.class);
        for (ReviewTime time : ReviewTime.values()) {
            all.put(time, EnumSet.allOf(ReviewItem.class));
        }
        return new ReviewOptions(all);
    }

    /**
     * An exam: nothing while answering; responses, marks and correctness right after and while open;
     * everything, right answers included, once the quiz has closed.
     */
    public static ReviewOptions exam() {
        Set<ReviewItem> marks = EnumSet.of(ReviewItem.RESPONSES, ReviewItem.CORRECTNESS, ReviewItem.MARKS, ReviewItem.OVERALL_FEEDBACK);
        return new ReviewOptions(Map.of(
                ReviewTime.IMMEDIATELY_AFTER, marks,
                ReviewTime.LATER_WHILE_OPEN, marks,
                ReviewTime.AFTER_CLOSE, EnumSet.allOf(ReviewItem.class)));
    }
}

package org.sala.pack.moodle;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sala.engine.question.OrderingScoring;

/**
 * The grading types of Moodle's ordering question ({@code qtype_ordering}, in core since Moodle 4.4), each
 * with the Sala scoring that grades like it. Three map exactly:
 * <ul>
 *   <li>{@code ALL_OR_NOTHING}: {@link OrderingScoring#ALL_OR_NOTHING};</li>
 *   <li>{@code ABSOLUTE_POSITION} (a share per item in its place): {@link OrderingScoring#ITEMS_IN_PLACE};</li>
 *   <li>{@code RELATIVE_NEXT_EXCLUDE_LAST} (a share per item followed by its right successor, out of n - 1),
 *       the plugin's default: {@link OrderingScoring#ADJACENT_PAIRS}.</li>
 * </ul>
 * The others ({@code RELATIVE_NEXT_INCLUDE_LAST}, {@code RELATIVE_ONE_PREVIOUS_AND_NEXT},
 * {@code RELATIVE_ALL_PREVIOUS_AND_NEXT}, {@code LONGEST_ORDERED_SUBSET}, {@code LONGEST_CONTIGUOUS_SUBSET},
 * {@code RELATIVE_TO_CORRECT}) also reward items in the right order relative to each other; Sala's nearest
 * is {@link OrderingScoring#ADJACENT_PAIRS}, and importing one of them is a warning.
 */
public enum OrderingGrading {

    ALL_OR_NOTHING(-1, OrderingScoring.ALL_OR_NOTHING, true),
    ABSOLUTE_POSITION(0, OrderingScoring.ITEMS_IN_PLACE, true, "ABS", "ABSOLUTE"),
    RELATIVE_NEXT_EXCLUDE_LAST(1, OrderingScoring.ADJACENT_PAIRS, true, "REL", "RELATIVE"),
    RELATIVE_NEXT_INCLUDE_LAST(2, OrderingScoring.ADJACENT_PAIRS, false),
    RELATIVE_ONE_PREVIOUS_AND_NEXT(3, OrderingScoring.ADJACENT_PAIRS, false),
    RELATIVE_ALL_PREVIOUS_AND_NEXT(4, OrderingScoring.ADJACENT_PAIRS, false),
    LONGEST_ORDERED_SUBSET(5, OrderingScoring.ADJACENT_PAIRS, false),
    LONGEST_CONTIGUOUS_SUBSET(6, OrderingScoring.ADJACENT_PAIRS, false),
    RELATIVE_TO_CORRECT(7, OrderingScoring.ADJACENT_PAIRS, false);

    /** What the plugin assumes when a file gives no grading type. */
    public static final OrderingGrading DEFAULT = RELATIVE_NEXT_EXCLUDE_LAST;

    private final int code;
    private final OrderingScoring scoring;
    private final boolean exact;
    private final List<String> aliases;

    OrderingGrading(int code, OrderingScoring scoring, boolean exact, String... aliases) {
        this.code = code;
        this.scoring = scoring;
        this.exact = exact;
        this.aliases = List.of(aliases);
    }

    /** The Sala scoring that grades like this type (exactly, or as near as Sala comes: see {@link #exact()}). */
    public OrderingScoring scoring() {
        return scoring;
    }

    public boolean exact() {
        return exact;
    }

    /** A grading type as a file writes it: its name, one of the plugin's short forms, or its number. */
    public static Optional<OrderingGrading> parse(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        for (OrderingGrading grading : values()) {
            if (grading.name().equals(name) || grading.aliases.contains(name) || String.valueOf(grading.code).equals(name)) {
                return Optional.of(grading);
            }
        }
        return Optional.empty();
    }

    /** The Moodle grading type that grades exactly like a Sala scoring. */
    static OrderingGrading of(OrderingScoring scoring) {
        return switch (scoring) {
            case ALL_OR_NOTHING -> ALL_OR_NOTHING;
            case ITEMS_IN_PLACE -> ABSOLUTE_POSITION;
            case ADJACENT_PAIRS -> RELATIVE_NEXT_EXCLUDE_LAST;
        };
    }
}

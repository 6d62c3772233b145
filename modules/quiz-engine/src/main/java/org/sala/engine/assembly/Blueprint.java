package org.sala.engine.assembly;

import java.util.List;

/**
 * What an attempt is made of: slots in order. With {@code shuffleQuestions} the assembled questions are
 * shuffled; otherwise they keep slot order (a draw's questions in drawn order).
 */
public record Blueprint(List<Slot> slots, boolean shuffleQuestions) {

    public Blueprint {
        slots = List.copyOf(slots);
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("a blueprint has at least one slot");
        }
    }

    public int size() {
        return slots.stream().mapToInt(slot -> switch (slot) {
            case Slot.Fixed fixed -> 1;
            case Slot.Draw draw -> draw.count();
        }).sum();
    }
}

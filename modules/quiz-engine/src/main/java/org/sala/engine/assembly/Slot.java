package org.sala.engine.assembly;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sala.engine.question.Difficulty;

/** One place in a blueprint: a fixed question, or a number of questions drawn at random. */
public sealed interface Slot permits Slot.Fixed, Slot.Draw {

    /** This very question. */
    record Fixed(String questionId) implements Slot {
        public Fixed {
            Objects.requireNonNull(questionId, "questionId");
        }
    }

    /**
     * {@code count} questions drawn from those carrying every tag in {@code tags} and, if given, of this
     * difficulty.
     */
    record Draw(int count, Set<String> tags, Optional<Difficulty> difficulty) implements Slot {
        public Draw {
            if (count < 1) {
                throw new IllegalArgumentException("a draw takes at least 1 question, not " + count);
            }
            tags = Set.copyOf(tags);
            Objects.requireNonNull(difficulty, "difficulty");
        }

        public boolean admits(PoolQuestion question) {
            return difficulty.map(wanted -> wanted == question.difficulty()).orElse(true) && question.tags().containsAll(tags);
        }

        @Override
        public String toString() {
            return count + " question(s)" + (tags.isEmpty() ? "" : " tagged " + tags)
                    + difficulty.map(value -> " of difficulty " + value.label()).orElse("");
        }
    }
}

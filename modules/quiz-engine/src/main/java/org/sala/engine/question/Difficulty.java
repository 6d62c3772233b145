package org.sala.engine.question;

import java.util.Locale;
import java.util.Optional;

/** How hard an author judges a question; blueprints draw by it. */
public enum Difficulty {
    EASY, MEDIUM, HARD;

    public static Optional<Difficulty> parse(String text) {
        for (Difficulty difficulty : values()) {
            if (difficulty.name().equalsIgnoreCase(text)) {
                return Optional.of(difficulty);
            }
        }
        return Optional.empty();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

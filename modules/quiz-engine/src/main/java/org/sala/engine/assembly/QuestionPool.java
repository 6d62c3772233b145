package org.sala.engine.assembly;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sala.engine.question.Difficulty;

/**
 * The questions blueprints draw from, indexed by id, by difficulty and by tag so that a draw looks only
 * at the questions that could match. Immutable; build once per pack and share.
 */
public final class QuestionPool {

    private final List<PoolQuestion> questions;
    private final Map<String, PoolQuestion> byId = new HashMap<>();
    private final Map<Difficulty, List<PoolQuestion>> byDifficulty = new HashMap<>();
    private final Map<String, List<PoolQuestion>> byTag = new HashMap<>();

    public QuestionPool(List<PoolQuestion> questions) {
        this.questions = List.copyOf(questions);
        for (PoolQuestion question : this.questions) {
            if (byId.put(question.id(), question) != null) {
                throw new IllegalArgumentException("the pool holds question '" + question.id() + "' twice");
            }
            byDifficulty.computeIfAbsent(question.difficulty(), key -> new ArrayList<>()).add(question);
            question.tags().forEach(tag -> byTag.computeIfAbsent(tag, key -> new ArrayList<>()).add(question));
        }
        byDifficulty.replaceAll((key, list) -> Collections.unmodifiableList(list));
        byTag.replaceAll((key, list) -> Collections.unmodifiableList(list));
    }

    public Optional<PoolQuestion> question(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return questions.size();
    }

    /** The smallest indexed list that holds every question the draw admits (not yet filtered). */
    List<PoolQuestion> candidates(Slot.Draw draw) {
        List<PoolQuestion> smallest = draw.difficulty().map(difficulty -> byDifficulty.getOrDefault(difficulty, List.of()))
                .orElse(questions);
        for (String tag : draw.tags()) {
            List<PoolQuestion> tagged = byTag.getOrDefault(tag, List.of());
            if (tagged.size() < smallest.size()) {
                smallest = tagged;
            }
        }
        return smallest;
    }
}

package org.sala.pack.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sala.engine.question.Difficulty;
import org.sala.engine.question.Question;

/**
 * A question as a pack holds it: the engine's question plus what the pack knows about it: how hard it
 * is, its tags (draws filter by them), the lesson sections that teach it (a learner who misses it is
 * sent there), and the fact it tests when other questions of the pack test the same one ({@code fact:};
 * an attempt never holds two questions of one fact).
 */
public record PackQuestion(Question question, Difficulty difficulty, Set<String> tags, List<SectionRef> sections,
                           Optional<String> fact) {

    public PackQuestion {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(fact, "fact");
        tags = Set.copyOf(tags);
        sections = List.copyOf(sections);
    }

    /** A question that shares its fact with no other. */
    public PackQuestion(Question question, Difficulty difficulty, Set<String> tags, List<SectionRef> sections) {
        this(question, difficulty, tags, sections, Optional.empty());
    }

    /** A question with no tags and no sections, of medium difficulty (imports start like this). */
    public static PackQuestion of(Question question) {
        return new PackQuestion(question, Difficulty.MEDIUM, Set.of(), List.of());
    }

    public String id() {
        return question.id();
    }

    /** The first section that teaches the question, where a learner is sent after missing it. */
    public Optional<SectionRef> taughtIn() {
        return sections.stream().findFirst();
    }
}

package org.sala.pack.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sala.engine.assembly.Blueprint;
import org.sala.engine.attempt.QuizRules;
import org.sala.engine.question.Question;

/**
 * A quiz of a pack: its rules (the engine's), its blueprint, and the fixed questions the blueprint names,
 * in order. A quiz with draws gets the rest of its questions at assembly, from the pack's pool.
 *
 * @param questions the fixed questions, written in the quiz or included from a bank, in blueprint order
 */
public record Quiz(String id, String title, String description, Optional<String> lessonId, QuizRules rules,
                   Blueprint blueprint, List<PackQuestion> questions) {

    public Quiz {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(blueprint, "blueprint");
        questions = List.copyOf(questions);
    }

    public List<Question> engineQuestions() {
        return questions.stream().map(PackQuestion::question).toList();
    }

    public Optional<PackQuestion> question(String questionId) {
        return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
    }

    /** Whether every question is fixed: no random draw. */
    public boolean isFixed() {
        return blueprint.size() == questions.size();
    }
}

package org.sala.pack.model;

import java.util.List;
import java.util.Optional;
import org.sala.engine.question.Question;

/** A quiz of a pack: its questions in the order the author gave. */
public record Quiz(String id, String title, String description, Optional<String> lessonId,
                   List<PackQuestion> questions) {

    public Quiz {
        description = description == null ? "" : description;
        questions = List.copyOf(questions);
    }

    public List<Question> engineQuestions() {
        return questions.stream().map(PackQuestion::question).toList();
    }

    public Optional<PackQuestion> question(String questionId) {
        return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
    }
}

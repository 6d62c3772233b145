package org.sala.pack.model;

import java.util.List;
import java.util.Objects;

/** A question bank: questions that quizzes include by id or draw from by tag and difficulty. */
public record Bank(String id, String title, List<PackQuestion> questions) {

    public Bank {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        questions = List.copyOf(questions);
    }
}

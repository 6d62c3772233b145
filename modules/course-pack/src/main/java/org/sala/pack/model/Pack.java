package org.sala.pack.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A whole pack, valid and immutable; lessons sorted by their order. */
public record Pack(PackInfo info, List<Lesson> lessons, List<Quiz> quizzes) {

    public Pack {
        lessons = lessons.stream().sorted(Comparator.comparingInt(Lesson::order)).toList();
        quizzes = List.copyOf(quizzes);
    }

    public String id() {
        return info.id();
    }

    public Optional<Lesson> lesson(String lessonId) {
        return lessons.stream().filter(lesson -> lesson.id().equals(lessonId)).findFirst();
    }

    public Optional<Quiz> quiz(String quizId) {
        return quizzes.stream().filter(quiz -> quiz.id().equals(quizId)).findFirst();
    }
}

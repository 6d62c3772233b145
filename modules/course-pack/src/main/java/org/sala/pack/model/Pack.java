package org.sala.pack.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sala.engine.assembly.PoolQuestion;
import org.sala.engine.assembly.QuestionPool;

/**
 * A whole pack, valid and immutable: lessons sorted by their order, banks, quizzes. Question ids are unique
 * across the pack, so any question can be found, drawn or linked by its id alone.
 */
public record Pack(PackInfo info, List<Lesson> lessons, List<Bank> banks, List<Quiz> quizzes) {

    public Pack {
        lessons = lessons.stream().sorted(Comparator.comparingInt(Lesson::order)).toList();
        banks = List.copyOf(banks);
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

    /** Every question of the pack once: the banks' and those written in quizzes. */
    public List<PackQuestion> questions() {
        var all = new ArrayList<PackQuestion>();
        var seen = new java.util.HashSet<String>();
        banks.forEach(bank -> bank.questions().forEach(question -> {
            if (seen.add(question.id())) {
                all.add(question);
            }
        }));
        quizzes.forEach(quiz -> quiz.questions().forEach(question -> {
            if (seen.add(question.id())) {
                all.add(question);
            }
        }));
        return all;
    }

    public Optional<PackQuestion> question(String questionId) {
        return questions().stream().filter(question -> question.id().equals(questionId)).findFirst();
    }

    /** The pool quizzes draw from: every question of the pack with its tags and difficulty. */
    public QuestionPool pool() {
        return new QuestionPool(questions().stream()
                .map(question -> new PoolQuestion(question.question(), question.tags(), question.difficulty(), question.fact())).toList());
    }
}

package org.sala.pack.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sala.engine.assembly.PoolQuestion;
import org.sala.engine.assembly.QuestionPool;

/**
 * A whole pack, valid and immutable: lessons sorted by their order, banks, quizzes. Question ids are unique
 * across the pack, so any question can be found, drawn or linked by its id alone.
 *
 * <p>A value like a record (equal when its parts are equal), but it keeps what pages ask for on every request
 * (every question, a question by id, the questions on a lesson section) made once, when the pack is made.
 */
public final class Pack {

    private final PackInfo info;
    private final List<Lesson> lessons;
    private final List<Bank> banks;
    private final List<Quiz> quizzes;
    private final List<PackQuestion> questions;
    private final Map<String, PackQuestion> byId;
    private final Map<SectionRef, List<PackQuestion>> bySection;
    private final int hash;

    public Pack(PackInfo info, List<Lesson> lessons, List<Bank> banks, List<Quiz> quizzes) {
        this.info = Objects.requireNonNull(info, "info");
        this.lessons = lessons.stream().sorted(Comparator.comparingInt(Lesson::order)).toList();
        this.banks = List.copyOf(banks);
        this.quizzes = List.copyOf(quizzes);
        var all = new ArrayList<PackQuestion>();
        var ids = new LinkedHashMap<String, PackQuestion>();
        this.banks.forEach(bank -> bank.questions().forEach(question -> {
            if (ids.putIfAbsent(question.id(), question) == null) {
                all.add(question);
            }
        }));
        this.quizzes.forEach(quiz -> quiz.questions().forEach(question -> {
            if (ids.putIfAbsent(question.id(), question) == null) {
                all.add(question);
            }
        }));
        this.questions = List.copyOf(all);
        this.byId = java.util.Collections.unmodifiableMap(ids);
        var sections = new LinkedHashMap<SectionRef, List<PackQuestion>>();
        all.forEach(question -> question.sections().stream().distinct().forEach(section -> sections.computeIfAbsent(section, key -> new ArrayList<>()).add(question)));
        sections.replaceAll((section, on) -> List.copyOf(on));
        this.bySection = java.util.Collections.unmodifiableMap(sections);
        this.hash = Objects.hash(info, this.lessons, this.banks, this.quizzes);
    }

    public PackInfo info() {
        return info;
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    public List<Bank> banks() {
        return banks;
    }

    public List<Quiz> quizzes() {
        return quizzes;
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
        return questions;
    }

    public Optional<PackQuestion> question(String questionId) {
        return Optional.ofNullable(byId.get(questionId));
    }

    /** The questions that test this lesson section, in pack order. */
    public List<PackQuestion> questionsOn(SectionRef section) {
        return bySection.getOrDefault(section, List.of());
    }

    /** The pool quizzes draw from: every question of the pack with its tags and difficulty. */
    public QuestionPool pool() {
        return new QuestionPool(questions.stream()
                .map(question -> new PoolQuestion(question.question(), question.tags(), question.difficulty(), question.fact())).toList());
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Pack pack && hash == pack.hash && info.equals(pack.info) && lessons.equals(pack.lessons)
                && banks.equals(pack.banks) && quizzes.equals(pack.quizzes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "Pack[" + info.id() + " " + info.version() + ": " + lessons.size() + " lessons, " + banks.size() + " banks, " + quizzes.size() + " quizzes]";
    }
}

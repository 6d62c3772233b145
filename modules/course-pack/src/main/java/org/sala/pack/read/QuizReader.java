package org.sala.pack.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sala.engine.question.Choice;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.Difficulty;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Quiz;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.SectionRef;

/** Reads a quiz file: its settings and its questions, each checked against the engine's own rules. */
final class QuizReader {

    private static final Set<String> QUIZ_KEYS = Set.of("id", "title", "description", "lesson", "questions");
    private static final Set<String> QUESTION_KEYS =
            Set.of("id", "type", "points", "difficulty", "section", "prompt", "choices", "feedback", "hints", "shuffle");
    private static final Set<String> CHOICE_KEYS = Set.of("id", "text", "correct", "credit", "feedback");
    private static final List<String> TYPES = List.of("single-choice");

    private QuizReader() {
    }

    static Optional<Quiz> read(String file, String text, Map<String, Lesson> lessons, Problems problems) {
        Optional<YamlMap> parsed = YamlMap.parse(file, text, 0, "the quiz", QUIZ_KEYS, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap quiz = parsed.get();
        Optional<String> id = quiz.requiredString("id");
        id.ifPresent(value -> PackReader.checkId(quiz, "id", value));
        Optional<String> title = quiz.requiredString("title");
        Optional<String> lessonId = quiz.string("lesson");
        if (lessonId.isPresent() && !lessons.containsKey(lessonId.get())) {
            quiz.errorAt("lesson", "the quiz names lesson '" + lessonId.get() + "', which the pack does not have; its lessons are "
                    + String.join(", ", lessons.keySet()));
            lessonId = Optional.empty();
        }
        if (!quiz.has("questions")) {
            quiz.errorAt("questions", "the quiz has no 'questions'");
        }
        var questions = new ArrayList<PackQuestion>();
        var questionIds = new HashSet<String>();
        boolean complete = true;
        for (YamlMap entry : quiz.maps("questions", "question", QUESTION_KEYS)) {
            Optional<PackQuestion> question = question(entry, lessonId, lessons);
            if (question.isEmpty()) {
                complete = false;
            } else if (!questionIds.add(question.get().id())) {
                entry.errorAt("id", "question id '" + question.get().id() + "' is used twice in this quiz");
                complete = false;
            } else {
                questions.add(question.get());
            }
        }
        if (quiz.has("questions") && questions.isEmpty() && complete) {
            quiz.errorAt("questions", "the quiz has no questions");
        }
        if (id.isEmpty() || title.isEmpty() || !complete) {
            return Optional.empty();
        }
        return Optional.of(new Quiz(id.get(), title.get(), quiz.string("description").orElse(""), lessonId, questions));
    }

    private static Optional<PackQuestion> question(YamlMap entry, Optional<String> quizLesson, Map<String, Lesson> lessons) {
        Optional<String> id = entry.requiredString("id");
        id.ifPresent(value -> PackReader.checkId(entry, "id", value));
        String type = entry.string("type").orElse("single-choice");
        if (!TYPES.contains(type)) {
            entry.errorAt("type", "unknown question type '" + type + "'; known types are " + String.join(", ", TYPES));
            return Optional.empty();
        }
        Optional<String> prompt = entry.requiredString("prompt");
        BigDecimal points = entry.decimal("points").orElse(BigDecimal.ONE);
        Difficulty difficulty = entry.string("difficulty").map(text -> Difficulty.parse(text).orElseGet(() -> {
            entry.errorAt("difficulty", "difficulty '" + text + "' is not one of easy, medium, hard");
            return Difficulty.MEDIUM;
        })).orElse(Difficulty.MEDIUM);
        Optional<SectionRef> taughtIn = section(entry, quizLesson, lessons);
        List<Choice> choices = choices(entry);
        if (id.isEmpty() || prompt.isEmpty()) {
            return Optional.empty();
        }
        try {
            var basics = new QuestionBasics(id.get(), prompt.get(), points, entry.string("feedback").orElse(""), entry.strings("hints"));
            Question question = new SingleChoiceQuestion(basics, choices, entry.bool("shuffle").orElse(true));
            return Optional.of(new PackQuestion(question, difficulty, java.util.Set.of(), taughtIn.stream().toList()));
        } catch (IllegalArgumentException e) {
            entry.errorAt(e.getMessage().contains("points") ? "points" : "choices", e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<SectionRef> section(YamlMap entry, Optional<String> quizLesson, Map<String, Lesson> lessons) {
        Optional<String> reference = entry.string("section");
        if (reference.isEmpty()) {
            entry.warningAt("id", entry.what() + " names no lesson section that teaches it (add 'section: <anchor>')");
            return Optional.empty();
        }
        String text = reference.get().strip();
        int hash = text.indexOf('#');
        Optional<String> lessonId = hash >= 0 ? Optional.of(text.substring(0, hash)) : quizLesson;
        String anchor = hash >= 0 ? text.substring(hash + 1) : text;
        if (lessonId.isEmpty()) {
            entry.errorAt("section", "section '" + text + "' names no lesson; write lesson-id#anchor or give the quiz a 'lesson'");
            return Optional.empty();
        }
        Lesson lesson = lessons.get(lessonId.get());
        if (lesson == null) {
            entry.errorAt("section", "section '" + text + "' names lesson '" + lessonId.get() + "', which the pack does not have");
            return Optional.empty();
        }
        if (lesson.section(anchor).isEmpty()) {
            entry.errorAt("section", "lesson '" + lesson.id() + "' has no section '" + anchor + "'; its sections are "
                    + String.join(", ", lesson.sections().stream().map(section -> section.anchor()).toList()));
            return Optional.empty();
        }
        return Optional.of(new SectionRef(lesson.id(), anchor));
    }

    private static List<Choice> choices(YamlMap question) {
        var choices = new ArrayList<Choice>();
        if (!question.has("choices")) {
            question.errorAt("choices", question.what() + " has no 'choices'");
            return choices;
        }
        List<YamlMap> entries = question.maps("choices", "option", CHOICE_KEYS);
        for (int i = 0; i < entries.size(); i++) {
            YamlMap entry = entries.get(i);
            String id = entry.string("id").orElse(defaultChoiceId(i));
            Optional<String> text = entry.requiredString("text");
            BigDecimal credit = BigDecimal.ZERO;
            if (entry.has("credit") && entry.has("correct")) {
                entry.errorAt("credit", entry.what() + " gives both 'correct' and 'credit'; give one");
            } else if (entry.has("credit")) {
                credit = entry.decimal("credit").orElse(BigDecimal.ZERO);
                if (credit.compareTo(BigDecimal.ONE.negate()) < 0 || credit.compareTo(BigDecimal.ONE) > 0) {
                    entry.errorAt("credit", "credit " + credit.toPlainString()
                            + " lies outside -1..1 (0 wrong, 0.5 half, 1 right, negative to take points away)");
                    credit = BigDecimal.ZERO;
                }
            } else if (entry.bool("correct").orElse(false)) {
                credit = BigDecimal.ONE;
            }
            if (text.isPresent()) {
                choices.add(new Choice(id, text.get(), credit, entry.string("feedback").orElse("")));
            }
        }
        return choices;
    }

    /** Options without an id are named a, b, c, ... by position. */
    private static String defaultChoiceId(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "option-" + (index + 1);
    }
}

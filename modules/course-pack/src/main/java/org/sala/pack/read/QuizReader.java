package org.sala.pack.read;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sala.engine.assembly.Blueprint;
import org.sala.engine.assembly.Slot;
import org.sala.engine.attempt.GradingMethod;
import org.sala.engine.attempt.Mode;
import org.sala.engine.attempt.QuizRules;
import org.sala.engine.attempt.ReviewItem;
import org.sala.engine.attempt.ReviewOptions;
import org.sala.engine.attempt.ReviewTime;
import org.sala.engine.question.Difficulty;
import org.sala.pack.model.Bank;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.Quiz;

/**
 * Reads quizzes and banks. A quiz has settings (the engine's {@link QuizRules}), questions written in it,
 * questions included from banks by id, and random draws from the pack's pool by tag and difficulty.
 * Settings left out take the defaults of the mode: practice (interactive) or exam (deferred).
 */
final class QuizReader {

    static final Set<String> QUIZ_KEYS = Set.of("id", "title", "description", "lesson", "mode", "time-limit", "opens", "closes",
            "grace-period", "attempts", "delay", "grading", "pass-mark", "tries", "penalty", "negative-marking",
            "certainty-based", "review", "shuffle-questions", "questions", "include", "draws");
    static final Set<String> BANK_KEYS = Set.of("id", "title", "lesson", "questions");
    private static final Set<String> DRAW_KEYS = Set.of("count", "tags", "difficulty");
    private static final Set<String> REVIEW_KEYS = Set.of("during", "immediately-after", "later", "after-close");

    private QuizReader() {
    }

    /** A quiz file read as far as it goes: its own questions, and what needs the whole pack to check. */
    record Draft(String file, YamlMap map, String id, String title, String description, Optional<String> lessonId,
                 QuizRules rules, List<PackQuestion> written, List<String> included, List<Slot.Draw> draws,
                 List<YamlMap> drawMaps, boolean shuffle) {
    }

    static Optional<Bank> readBank(String file, String text, Map<String, Lesson> lessons, Map<String, String> where,
                                   Problems problems) {
        Optional<YamlMap> parsed = YamlMap.parse(file, text, 0, "the bank", BANK_KEYS, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap bank = parsed.get();
        Optional<String> id = bank.requiredString("id");
        id.ifPresent(value -> PackReader.checkId(bank, "id", value));
        Optional<String> lessonId = lesson(bank, lessons);
        List<PackQuestion> questions = questions(bank, lessons, lessonId, where);
        if (!bank.has("questions")) {
            bank.errorAt("questions", "the bank has no 'questions'");
        }
        if (id.isEmpty() || questions.size() != bank.count("questions")) {
            return Optional.empty();
        }
        return Optional.of(new Bank(id.get(), bank.string("title").orElse(id.get()), questions));
    }

    static Optional<Draft> readQuiz(String file, String text, Map<String, Lesson> lessons, Map<String, String> where,
                                    Problems problems) {
        Optional<YamlMap> parsed = YamlMap.parse(file, text, 0, "the quiz", QUIZ_KEYS, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap quiz = parsed.get();
        Optional<String> id = quiz.requiredString("id");
        id.ifPresent(value -> PackReader.checkId(quiz, "id", value));
        Optional<String> title = quiz.requiredString("title");
        Optional<String> lessonId = lesson(quiz, lessons);
        Optional<QuizRules> rules = rules(quiz);
        List<PackQuestion> written = questions(quiz, lessons, lessonId, where);
        boolean complete = written.size() == quiz.count("questions");
        List<String> included = quiz.strings("include");
        var draws = new ArrayList<Slot.Draw>();
        List<YamlMap> drawMaps = quiz.maps("draws", "draw", DRAW_KEYS);
        for (YamlMap draw : drawMaps) {
            Optional<Integer> count = draw.integer("count", 1, 10_000);
            if (!draw.has("count")) {
                draw.errorAt("count", draw.what() + " has no 'count' (how many questions to draw)");
            }
            Optional<Difficulty> difficulty = draw.string("difficulty").flatMap(value -> {
                Optional<Difficulty> parsedDifficulty = Difficulty.parse(value);
                if (parsedDifficulty.isEmpty()) {
                    draw.errorAt("difficulty", "difficulty '" + value + "' is not one of easy, medium, hard");
                }
                return parsedDifficulty;
            });
            count.ifPresent(value -> draws.add(new Slot.Draw(value, new LinkedHashSet<>(draw.stringOrStrings("tags")), difficulty)));
        }
        boolean empty = written.isEmpty() && included.isEmpty() && drawMaps.isEmpty();
        if (empty && complete) {
            quiz.error("the quiz has no questions: write some under 'questions', include bank questions with 'include', or add 'draws'");
        }
        if (empty || id.isEmpty() || title.isEmpty() || rules.isEmpty() || !complete || draws.size() != drawMaps.size()) {
            return Optional.empty();
        }
        return Optional.of(new Draft(file, quiz, id.get(), title.get(), quiz.string("description").orElse(""), lessonId,
                rules.get(), written, included, draws, drawMaps, quiz.bool("shuffle-questions").orElse(false)));
    }

    /**
     * Finishes a quiz once every question of the pack is known: included ids must exist, and each draw must
     * find enough questions that are not already in the quiz.
     */
    static Optional<Quiz> complete(Draft draft, Map<String, PackQuestion> questions) {
        var fixed = new ArrayList<>(draft.written());
        boolean valid = true;
        for (String id : draft.included()) {
            PackQuestion question = questions.get(id);
            if (question == null) {
                draft.map().errorAt("include", "the quiz includes question '" + id + "', which no bank or quiz of the pack has");
                valid = false;
            } else if (fixed.stream().anyMatch(other -> other.id().equals(id))) {
                draft.map().errorAt("include", "the quiz includes question '" + id + "' twice");
                valid = false;
            } else {
                fixed.add(question);
            }
        }
        var fixedIds = new java.util.HashSet<String>();
        var fixedFacts = new LinkedHashMap<String, String>();
        for (PackQuestion question : fixed) {
            fixedIds.add(question.id());
            if (question.fact().isPresent()) {
                String other = fixedFacts.putIfAbsent(question.fact().get(), question.id());
                if (other != null) {
                    draft.map().errorAt(draft.included().contains(question.id()) ? "include" : "questions", "the quiz holds questions '"
                            + other + "' and '" + question.id() + "', which test the same fact '" + question.fact().get()
                            + "'; keep one of them");
                    valid = false;
                }
            }
        }
        var drawn = new java.util.HashSet<String>();
        for (int i = 0; i < draft.draws().size(); i++) {
            Slot.Draw draw = draft.draws().get(i);
            List<PackQuestion> admitted = questions.values().stream()
                    .filter(question -> !fixedIds.contains(question.id()) && !drawn.contains(question.id())
                            && question.fact().map(fact -> !fixedFacts.containsKey(fact)).orElse(true))
                    .filter(question -> question.tags().containsAll(draw.tags())
                            && draw.difficulty().map(wanted -> wanted == question.difficulty()).orElse(true))
                    .toList();
            List<PackQuestion> oneEach = onePerFact(admitted);
            if (oneEach.size() < draw.count()) {
                draft.drawMaps().get(i).errorAt("count", "the quiz draws " + draw + " from a pool of " + oneEach.size()
                        + " such question(s) not already in the quiz" + (oneEach.size() < admitted.size()
                        ? " (" + admitted.size() + " questions, but those with the same fact count once)" : "")
                        + "; lower the count or tag more questions");
                valid = false;
            } else {
                // Later draws may not count on questions an earlier, overlapping draw could take: with the
                // same fact, all of that fact's questions are gone once one is drawn.
                var facts = new java.util.HashSet<String>();
                oneEach.stream().limit(draw.count()).forEach(question -> {
                    drawn.add(question.id());
                    question.fact().ifPresent(facts::add);
                });
                admitted.stream().filter(question -> question.fact().map(facts::contains).orElse(false))
                        .forEach(question -> drawn.add(question.id()));
            }
        }
        if (!valid) {
            return Optional.empty();
        }
        var slots = new ArrayList<Slot>();
        fixed.forEach(question -> slots.add(new Slot.Fixed(question.id())));
        slots.addAll(draft.draws());
        return Optional.of(new Quiz(draft.id(), draft.title(), draft.description(), draft.lessonId(), draft.rules(),
                new Blueprint(slots, draft.shuffle()), fixed));
    }

    /** The questions in order, leaving out any whose fact an earlier one already tests. */
    private static List<PackQuestion> onePerFact(List<PackQuestion> questions) {
        var facts = new java.util.HashSet<String>();
        return questions.stream().filter(question -> question.fact().map(facts::add).orElse(true)).toList();
    }

    /**
     * The questions of a bank or quiz file. Ids are unique across the pack: {@code where} holds where each
     * id was first seen ({@code file:line:column}), and a second use is reported with that place.
     */
    private static List<PackQuestion> questions(YamlMap file, Map<String, Lesson> lessons, Optional<String> lessonId,
                                                Map<String, String> where) {
        var reader = new QuestionReader(lessons, lessonId);
        var questions = new ArrayList<PackQuestion>();
        for (YamlMap entry : file.maps("questions", "question", QuestionReader.keys())) {
            reader.read(entry).ifPresent(question -> {
                String first = where.putIfAbsent(question.id(), entry.location("id"));
                if (first == null) {
                    questions.add(question);
                } else {
                    entry.errorAt("id", "question id '" + question.id() + "' is already used at " + first
                            + "; question ids are unique across the pack");
                }
            });
        }
        return questions;
    }

    private static Optional<String> lesson(YamlMap file, Map<String, Lesson> lessons) {
        Optional<String> lessonId = file.string("lesson");
        if (lessonId.isPresent() && !lessons.containsKey(lessonId.get())) {
            file.errorAt("lesson", "'" + lessonId.get() + "' is not a lesson of the pack; its lessons are "
                    + String.join(", ", lessons.keySet()));
            return Optional.empty();
        }
        return lessonId;
    }

    private static Optional<QuizRules> rules(YamlMap quiz) {
        Mode mode = QuestionReader.choose(quiz, "mode", Mode.class, Mode.INTERACTIVE);
        QuizRules defaults = mode == Mode.INTERACTIVE ? QuizRules.practice() : QuizRules.exam(Duration.ofHours(1), 0, BigDecimal.ZERO);
        Optional<Duration> timeLimit = quiz.duration("time-limit");
        Optional<Instant> opens = instant(quiz, "opens");
        Optional<Instant> closes = instant(quiz, "closes");
        Duration grace = quiz.duration("grace-period").orElse(Duration.ZERO);
        int attempts = quiz.integer("attempts", 0, 1000).orElse(defaults.attemptsAllowed());
        Duration delay = quiz.duration("delay").orElse(Duration.ZERO);
        GradingMethod grading = QuestionReader.choose(quiz, "grading", GradingMethod.class, GradingMethod.HIGHEST);
        BigDecimal passMark = quiz.decimal("pass-mark").orElse(BigDecimal.ZERO);
        int tries = quiz.integer("tries", 1, 100).orElse(defaults.triesAllowed());
        BigDecimal penalty = quiz.decimal("penalty").orElse(defaults.penaltyPerTry());
        ReviewOptions review = quiz.map("review", "the review options", REVIEW_KEYS).map(QuizReader::review).orElse(defaults.review());
        try {
            return Optional.of(new QuizRules(mode, timeLimit, opens, closes, grace, attempts, delay, grading, passMark,
                    mode == Mode.INTERACTIVE ? tries : 1, mode == Mode.INTERACTIVE ? penalty : BigDecimal.ZERO,
                    quiz.bool("negative-marking").orElse(false), quiz.bool("certainty-based").orElse(false), review));
        } catch (IllegalArgumentException refused) {
            quiz.error("the quiz's settings: " + refused.getMessage());
            return Optional.empty();
        }
    }

    private static ReviewOptions review(YamlMap map) {
        var visible = new EnumMap<ReviewTime, Set<ReviewItem>>(ReviewTime.class);
        Map<String, ReviewTime> times = Map.of("during", ReviewTime.DURING, "immediately-after", ReviewTime.IMMEDIATELY_AFTER,
                "later", ReviewTime.LATER_WHILE_OPEN, "after-close", ReviewTime.AFTER_CLOSE);
        times.forEach((key, time) -> {
            List<String> names = map.stringOrStrings(key);
            var items = EnumSet.noneOf(ReviewItem.class);
            for (String name : names) {
                switch (name.strip()) {
                    case "all" -> items.addAll(EnumSet.allOf(ReviewItem.class));
                    case "none" -> items.clear();
                    default -> {
                        Optional<ReviewItem> item = java.util.Arrays.stream(ReviewItem.values())
                                .filter(candidate -> QuestionReader.kebab(candidate).equals(name.strip())).findFirst();
                        if (item.isPresent()) {
                            items.add(item.get());
                        } else {
                            map.errorAt(key, "'" + name + "' is not something a learner can be shown; write all, none or some of "
                                    + String.join(", ", java.util.Arrays.stream(ReviewItem.values()).map(QuestionReader::kebab).toList()));
                        }
                    }
                }
            }
            visible.put(time, items);
        });
        return new ReviewOptions(visible);
    }

    private static Optional<Instant> instant(YamlMap quiz, String key) {
        return quiz.string(key).flatMap(text -> {
            try {
                return Optional.of(Instant.parse(text.strip()));
            } catch (DateTimeParseException e) {
                quiz.errorAt(key, "'" + key + "' is '" + text + "'; write a moment in UTC like 2027-01-15T09:00:00Z");
                return Optional.empty();
            }
        });
    }
}

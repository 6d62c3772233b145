package org.sala.pack.read;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sala.engine.Decimals;
import org.sala.engine.question.AcceptedAnswer;
import org.sala.engine.question.Choice;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.Difficulty;
import org.sala.engine.question.Gap;
import org.sala.engine.question.MatchPair;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.MultipleChoiceScoring;
import org.sala.engine.question.NumericAnswer;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.NumericUnit;
import org.sala.engine.question.OrderItem;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.OrderingScoring;
import org.sala.engine.question.OutcomeFeedback;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.QuestionType;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.SectionRef;

/**
 * Reads one question of any of the eight types, in a bank or a quiz. The engine's own constructors have
 * the last word on validity: what they refuse is reported at the question, with their message, so the
 * rules live in one place.
 */
final class QuestionReader {

    /** The question types, as written in {@code type:}. */
    static final List<String> TYPES = QuestionType.labels();

    private static final Set<String> COMMON = Set.of("id", "type", "points", "difficulty", "tags", "section", "fact", "prompt",
            "feedback", "hints");
    private static final Map<QuestionType, Set<String>> TYPE_KEYS = typeKeys();
    private static final Set<String> ALL_KEYS = allKeys();
    private static final Set<String> CHOICE_KEYS = Set.of("id", "text", "correct", "credit", "feedback");
    private static final Set<String> ANSWER_KEYS = Set.of("text", "pattern", "credit", "feedback");
    private static final Set<String> NUMBER_KEYS = Set.of("value", "tolerance", "relative", "credit", "feedback");
    private static final Set<String> UNIT_KEYS = Set.of("name", "multiplier");
    private static final Set<String> PAIR_KEYS = Set.of("id", "prompt", "answer");
    private static final Set<String> ITEM_KEYS = Set.of("id", "text");
    private static final Set<String> OUTCOME_KEYS = Set.of("right", "partly-right", "wrong");
    private static final Set<String> GAP_KEYS = Set.of("id", "weight", "type", "choices", "shuffle", "answers",
            "case-sensitive", "whitespace", "unicode", "fold-accents", "units", "unit-required", "unit-penalty");

    private final Map<String, Lesson> lessons;
    private final Optional<String> defaultLesson;

    /**
     * @param lessons       the pack's lessons by id, for {@code section:} references
     * @param defaultLesson the lesson a bare anchor refers to (a quiz's or bank's {@code lesson:})
     */
    QuestionReader(Map<String, Lesson> lessons, Optional<String> defaultLesson) {
        this.lessons = lessons;
        this.defaultLesson = defaultLesson;
    }

    static Set<String> keys() {
        return ALL_KEYS;
    }

    /** Reads a question; empty, with the problems recorded, if it is not valid. */
    Optional<PackQuestion> read(YamlMap entry) {
        Optional<String> id = entry.requiredString("id");
        id.ifPresent(value -> PackReader.checkId(entry, "id", value));
        String typeName = entry.string("type").orElse(QuestionType.SINGLE_CHOICE.label());
        Optional<QuestionType> known = QuestionType.fromLabel(typeName);
        if (known.isEmpty()) {
            entry.errorAt("type", "unknown question type '" + typeName + "'; known types are " + String.join(", ", TYPES));
            return Optional.empty();
        }
        QuestionType type = known.get();
        for (String key : ALL_KEYS) {
            if (entry.has(key) && !COMMON.contains(key) && !TYPE_KEYS.get(type).contains(key)) {
                entry.errorAt(key, "'" + key + "' does not apply to a " + type.label() + " question; its own keys are "
                        + String.join(", ", TYPE_KEYS.get(type).stream().sorted().toList()));
            }
        }
        Optional<String> prompt = entry.requiredString("prompt");
        BigDecimal points = entry.decimal("points").orElse(BigDecimal.ONE);
        Difficulty difficulty = entry.string("difficulty").map(text -> Difficulty.parse(text).orElseGet(() -> {
            entry.errorAt("difficulty", "difficulty '" + text + "' is not one of easy, medium, hard");
            return Difficulty.MEDIUM;
        })).orElse(Difficulty.MEDIUM);
        List<SectionRef> sections = sections(entry);
        Set<String> tags = new LinkedHashSet<>(entry.stringOrStrings("tags"));
        Optional<String> fact = entry.string("fact").map(String::strip);
        fact.filter(value -> !value.matches("[a-z0-9][a-z0-9-]*")).ifPresent(value -> entry.errorAt("fact", "fact '" + value
                + "' may hold only lower-case letters, digits and hyphens, e.g. asean-entry-1999; questions with the same"
                + " fact are never in one attempt together"));
        if (id.isEmpty() || prompt.isEmpty()) {
            return Optional.empty();
        }
        try {
            var basics = new QuestionBasics(id.get(), prompt.get(), points, entry.string("feedback").orElse(""), entry.strings("hints"));
            Optional<Question> question = body(type, basics, entry);
            Optional<PackQuestion> read = question.map(built -> new PackQuestion(built, difficulty, tags, sections, fact));
            read.ifPresent(built -> warnIfEveryOptionIsRight(built.question(), entry));
            return read;
        } catch (IllegalArgumentException refused) {
            entry.errorAt(keyNamedIn(refused.getMessage(), type), refused.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Question> body(QuestionType type, QuestionBasics basics, YamlMap entry) {
        return switch (type) {
            case SINGLE_CHOICE -> choices(entry, false).map(choices ->
                    new SingleChoiceQuestion(basics, choices, entry.bool("shuffle").orElse(true)));
            case MULTIPLE_CHOICE -> {
                MultipleChoiceScoring scoring = choose(entry, "scoring", MultipleChoiceScoring.class, MultipleChoiceScoring.ALL_OR_NOTHING);
                yield choices(entry, scoring == MultipleChoiceScoring.OPTION_PERCENTAGES).map(choices ->
                        new MultipleChoiceQuestion(basics, choices, scoring, entry.bool("shuffle").orElse(true)));
            }
            case TRUE_FALSE -> {
                if (!entry.has("answer")) {
                    entry.errorAt("answer", entry.what() + " has no 'answer' (true or false)");
                    yield Optional.empty();
                }
                yield entry.bool("answer").map(answer -> new TrueFalseQuestion(basics, answer,
                        entry.string("feedback-true").orElse(""), entry.string("feedback-false").orElse("")));
            }
            case SHORT_ANSWER -> shortAnswer(basics, entry);
            case NUMERIC -> numeric(basics, entry);
            case MATCHING -> {
                var pairs = new ArrayList<MatchPair>();
                List<YamlMap> entries = required(entry, "pairs", "pair", PAIR_KEYS);
                for (int i = 0; i < entries.size(); i++) {
                    YamlMap pair = entries.get(i);
                    Optional<String> prompt = pair.requiredString("prompt");
                    Optional<String> answer = pair.requiredString("answer");
                    if (prompt.isPresent() && answer.isPresent()) {
                        pairs.add(new MatchPair(pair.string("id").orElse("p" + (i + 1)), prompt.get(), answer.get()));
                    }
                }
                yield complete(entries, pairs).map(all -> new MatchingQuestion(basics, all, entry.strings("distractors"),
                        entry.bool("shuffle").orElse(true), outcomeFeedback(entry)));
            }
            case ORDERING -> {
                var items = new ArrayList<OrderItem>();
                List<YamlMap> entries = required(entry, "items", "item", ITEM_KEYS);
                for (int i = 0; i < entries.size(); i++) {
                    YamlMap item = entries.get(i);
                    item.requiredString("text").ifPresent(text -> items.add(new OrderItem(item.string("id").orElse("i" + (items.size() + 1)), text)));
                }
                OrderingScoring scoring = choose(entry, "scoring", OrderingScoring.class, OrderingScoring.ITEMS_IN_PLACE);
                yield complete(entries, items).map(all -> new OrderingQuestion(basics, all, scoring, outcomeFeedback(entry)));
            }
            case CLOZE -> cloze(basics, entry);
        };
    }

    private Optional<Question> shortAnswer(QuestionBasics basics, YamlMap entry) {
        var answers = new ArrayList<AcceptedAnswer>();
        List<YamlMap> entries = required(entry, "answers", "answer", ANSWER_KEYS);
        requireCreditsWhenSeveral(entries);
        for (YamlMap answer : entries) {
            Optional<String> text = answer.requiredString("text");
            Optional<BigDecimal> credit = credit(answer, "credit", BigDecimal.ONE);
            if (text.isPresent() && credit.isPresent()) {
                answers.add(new AcceptedAnswer(text.get(), answer.bool("pattern").orElse(false), credit.get(),
                        answer.string("feedback").orElse("")));
            }
        }
        TextMatching.UnicodeForm form = choose(entry, "unicode", TextMatching.UnicodeForm.class, TextMatching.UnicodeForm.NFC);
        boolean collapse = entry.string("whitespace").map(text -> switch (text) {
            case "collapse" -> true;
            case "exact" -> false;
            default -> {
                entry.errorAt("whitespace", "whitespace '" + text + "' is not one of collapse, exact");
                yield true;
            }
        }).orElse(true);
        var matching = new TextMatching(entry.bool("case-sensitive").orElse(false), collapse, form,
                entry.bool("fold-accents").orElse(false));
        return complete(entries, answers).map(all -> new ShortAnswerQuestion(basics, all, matching));
    }

    private Optional<Question> numeric(QuestionBasics basics, YamlMap entry) {
        var answers = new ArrayList<NumericAnswer>();
        List<YamlMap> entries = required(entry, "answers", "answer", NUMBER_KEYS);
        requireCreditsWhenSeveral(entries);
        for (YamlMap answer : entries) {
            Optional<BigDecimal> value = answer.decimal("value");
            if (!answer.has("value")) {
                answer.errorAt("value", answer.what() + " has no 'value'");
            }
            BigDecimal tolerance = answer.decimal("tolerance").orElse(BigDecimal.ZERO);
            if (tolerance.signum() < 0) {
                answer.errorAt("tolerance", "tolerance " + tolerance.toPlainString() + " is negative; write how far from the value"
                        + " an answer may be, e.g. 0.5 (or 0.05 with relative: true for 5%)");
                continue;
            }
            Optional<BigDecimal> credit = credit(answer, "credit", BigDecimal.ONE);
            if (value.isPresent() && credit.isPresent()) {
                answers.add(new NumericAnswer(value.get(), tolerance, answer.bool("relative").orElse(false)
                        ? NumericAnswer.Tolerance.RELATIVE : NumericAnswer.Tolerance.ABSOLUTE, credit.get(), answer.string("feedback").orElse("")));
            }
        }
        var units = new ArrayList<NumericUnit>();
        for (YamlMap unit : entry.maps("units", "unit", UNIT_KEYS)) {
            Optional<String> name = unit.requiredString("name");
            BigDecimal multiplier = unit.decimal("multiplier").orElse(units.isEmpty() ? BigDecimal.ONE : BigDecimal.ZERO);
            if (name.isPresent()) {
                units.add(new NumericUnit(name.get(), multiplier));
            }
        }
        BigDecimal penalty = entry.decimal("unit-penalty").orElse(BigDecimal.ZERO);
        return complete(entries, answers).map(all -> new NumericQuestion(basics, all, units,
                entry.bool("unit-required").orElse(false), penalty));
    }

    private Optional<Question> cloze(QuestionBasics basics, YamlMap entry) {
        Optional<String> text = entry.requiredString("text");
        var gaps = new ArrayList<Gap>();
        List<YamlMap> entries = required(entry, "gaps", "gap", GAP_KEYS);
        for (YamlMap gap : entries) {
            Optional<String> id = gap.requiredString("id");
            String typeName = gap.string("type").orElse(QuestionType.SHORT_ANSWER.label());
            Optional<QuestionType> type = QuestionType.fromLabel(typeName)
                    .filter(java.util.EnumSet.of(QuestionType.SINGLE_CHOICE, QuestionType.SHORT_ANSWER, QuestionType.NUMERIC)::contains);
            if (type.isEmpty()) {
                gap.errorAt("type", "a gap is single-choice, short-answer or numeric, not '" + typeName + "'");
                continue;
            }
            BigDecimal weight = gap.decimal("weight").orElse(BigDecimal.ONE);
            if (id.isEmpty()) {
                continue;
            }
            var gapBasics = new QuestionBasics(basics.id() + "-" + id.get(), "Gap " + id.get(), BigDecimal.ONE, "", List.of());
            try {
                body(type.get(), gapBasics, gap).ifPresent(question -> gaps.add(new Gap(id.get(), weight, question)));
            } catch (IllegalArgumentException refused) {
                gap.error("gap '" + id.get() + "': " + refused.getMessage().replace("question '" + gapBasics.id() + "' ", ""));
            }
        }
        if (text.isEmpty() || gaps.size() != entries.size()) {
            return Optional.empty();
        }
        return Optional.of(new ClozeQuestion(basics, text.get(), gaps));
    }

    /**
     * Options of a choice question. With option percentages, options marked {@code correct: true} and given
     * no credit share the whole equally (three right options earn a third each).
     */
    private Optional<List<Choice>> choices(YamlMap question, boolean shareRightCredit) {
        List<YamlMap> entries = required(question, "choices", "option", CHOICE_KEYS);
        // Counted quietly: each option's 'correct' is read (and reported if malformed) once, below.
        long rightWithoutCredit = entries.stream()
                .filter(entry -> !entry.has("credit") && entry.string("correct").map(value -> value.strip().equals("true")).orElse(false))
                .count();
        BigDecimal share = shareRightCredit && rightWithoutCredit > 0
                ? BigDecimal.ONE.divide(BigDecimal.valueOf(rightWithoutCredit), Decimals.SCALE, RoundingMode.HALF_EVEN) : BigDecimal.ONE;
        var choices = new ArrayList<Choice>();
        for (int i = 0; i < entries.size(); i++) {
            YamlMap entry = entries.get(i);
            Optional<String> text = entry.requiredString("text");
            Optional<BigDecimal> credit;
            if (entry.has("credit") && entry.has("correct")) {
                entry.errorAt("credit", entry.what() + " gives both 'correct' and 'credit'; give one");
                credit = Optional.empty();
            } else if (entry.has("credit")) {
                credit = credit(entry, "credit", BigDecimal.ZERO);
            } else {
                credit = entry.bool("correct").map(right -> right ? share : BigDecimal.ZERO).or(() -> Optional.of(BigDecimal.ZERO));
            }
            if (text.isPresent() && credit.isPresent()) {
                choices.add(new Choice(entry.string("id").orElse(defaultChoiceId(i)), text.get(), credit.get(),
                        entry.string("feedback").orElse("")));
            }
        }
        return complete(entries, choices);
    }

    private List<SectionRef> sections(YamlMap entry) {
        List<String> references = entry.stringOrStrings("section");
        if (references.isEmpty()) {
            entry.warningAt("id", entry.what() + " names no lesson section that teaches it (add 'section: <anchor>')");
            return List.of();
        }
        var sections = new ArrayList<SectionRef>();
        for (String reference : references) {
            String text = reference.strip();
            int hash = text.indexOf('#');
            Optional<String> lessonId = hash >= 0 ? Optional.of(text.substring(0, hash)) : defaultLesson;
            String anchor = hash >= 0 ? text.substring(hash + 1) : text;
            if (lessonId.isEmpty()) {
                entry.errorAt("section", "section '" + text + "' names no lesson; write lesson-id#anchor or give the file a 'lesson'");
                continue;
            }
            Lesson lesson = lessons.get(lessonId.get());
            if (lesson == null) {
                entry.errorAt("section", "section '" + text + "' names lesson '" + lessonId.get() + "', which the pack does not have;"
                        + " its lessons are " + String.join(", ", lessons.keySet()));
            } else if (lesson.section(anchor).isEmpty()) {
                entry.errorAt("section", "lesson '" + lesson.id() + "' has no section '" + anchor + "'; its sections are "
                        + String.join(", ", lesson.sections().stream().map(section -> section.anchor()).toList()));
            } else {
                sections.add(new SectionRef(lesson.id(), anchor));
            }
        }
        return sections;
    }

    private static void warnIfEveryOptionIsRight(Question question, YamlMap entry) {
        List<Choice> choices = switch (question) {
            case SingleChoiceQuestion single -> single.choices();
            case MultipleChoiceQuestion multiple -> multiple.choices();
            default -> List.of();
        };
        if (!choices.isEmpty() && choices.stream().allMatch(Choice::isRight)) {
            entry.warningAt("choices", entry.what() + ": every option is right, so the question tests nothing; add a wrong option");
        }
    }

    /**
     * A lone answer is the right one and earns full credit when it says nothing. Where there are two or more,
     * some are usually listed only to answer a known mistake with feedback, so an answer left without
     * {@code credit:} would silently grade that mistake as right: each must say what it earns.
     */
    private static void requireCreditsWhenSeveral(List<YamlMap> answers) {
        if (answers.size() < 2) {
            return;
        }
        for (YamlMap answer : answers) {
            if (!answer.has("credit")) {
                answer.error(answer.what() + " of " + answers.size() + " has no 'credit'; when a question or gap has two or"
                        + " more answers, each says what it earns: write 'credit: 1' for a right answer, 'credit: 0' for a"
                        + " wrong one listed for its feedback (0.5 for half)");
            }
        }
    }

    private static Optional<BigDecimal> credit(YamlMap entry, String key, BigDecimal absent) {
        if (!entry.has(key)) {
            return Optional.of(absent);
        }
        Optional<BigDecimal> credit = entry.decimal(key);
        if (credit.isPresent() && (credit.get().compareTo(BigDecimal.ONE.negate()) < 0 || credit.get().compareTo(BigDecimal.ONE) > 0)) {
            entry.errorAt(key, "credit " + credit.get().toPlainString()
                    + " lies outside -1..1 (0 wrong, 0.5 half, 1 right, negative to take points away)");
            return Optional.empty();
        }
        return credit;
    }

    private static OutcomeFeedback outcomeFeedback(YamlMap entry) {
        return entry.map("outcome-feedback", "outcome feedback", OUTCOME_KEYS)
                .map(map -> new OutcomeFeedback(map.string("right").orElse(""), map.string("partly-right").orElse(""),
                        map.string("wrong").orElse("")))
                .orElse(OutcomeFeedback.NONE);
    }

    /** Reads an enum written in kebab case ({@code option-percentages}); reports the choices if it is none of them. */
    static <E extends Enum<E>> E choose(YamlMap entry, String key, Class<E> type, E absent) {
        return entry.string(key).map(text -> {
            for (E constant : type.getEnumConstants()) {
                if (kebab(constant).equals(text.strip())) {
                    return constant;
                }
            }
            entry.errorAt(key, "'" + key + "' is '" + text + "'; it is one of "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(QuestionReader::kebab).toList()));
            return absent;
        }).orElse(absent);
    }

    static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static List<YamlMap> required(YamlMap entry, String key, String itemWhat, Set<String> allowed) {
        if (!entry.has(key)) {
            entry.errorAt(key, entry.what() + " has no '" + key + "'");
        }
        return entry.maps(key, itemWhat, allowed);
    }

    /** The parts read, if every entry gave one (a broken entry has its own problem recorded). */
    private static <T> Optional<List<T>> complete(List<YamlMap> entries, List<T> parts) {
        return parts.size() == entries.size() && !entries.isEmpty() ? Optional.of(parts) : Optional.empty();
    }

    /** Which key an engine refusal concerns, so it is reported at that key's line. */
    private static String keyNamedIn(String message, QuestionType type) {
        for (String key : List.of("points", "choices", "answers", "units", "pairs", "distractors", "items", "gaps", "text")) {
            if (message.contains(key) || message.contains(key.substring(0, key.length() - 1))) {
                if (TYPE_KEYS.get(type).contains(key) || COMMON.contains(key)) {
                    return key;
                }
            }
        }
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> "choices";
            case SHORT_ANSWER, NUMERIC -> "answers";
            case MATCHING -> "pairs";
            case ORDERING -> "items";
            case CLOZE -> "gaps";
            case TRUE_FALSE -> "answer";
        };
    }

    /** Options without an id are named a, b, c, ... by position. */
    private static String defaultChoiceId(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "option-" + (index + 1);
    }

    /** Each type's own keys; the switch has no default, so a new type must list its keys here. */
    private static Map<QuestionType, Set<String>> typeKeys() {
        var keys = new java.util.EnumMap<QuestionType, Set<String>>(QuestionType.class);
        for (QuestionType type : QuestionType.values()) {
            keys.put(type, switch (type) {
                case SINGLE_CHOICE -> Set.of("choices", "shuffle");
                case MULTIPLE_CHOICE -> Set.of("choices", "shuffle", "scoring");
                case TRUE_FALSE -> Set.of("answer", "feedback-true", "feedback-false");
                case SHORT_ANSWER -> Set.of("answers", "case-sensitive", "whitespace", "unicode", "fold-accents");
                case NUMERIC -> Set.of("answers", "units", "unit-required", "unit-penalty");
                case MATCHING -> Set.of("pairs", "distractors", "shuffle", "outcome-feedback");
                case ORDERING -> Set.of("items", "scoring", "outcome-feedback");
                case CLOZE -> Set.of("text", "gaps");
            });
        }
        return java.util.Collections.unmodifiableMap(keys);
    }

    private static Set<String> allKeys() {
        var keys = new LinkedHashSet<>(COMMON);
        TYPE_KEYS.values().forEach(keys::addAll);
        return Set.copyOf(keys);
    }
}

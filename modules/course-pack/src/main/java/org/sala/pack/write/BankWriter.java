package org.sala.pack.write;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sala.engine.question.AcceptedAnswer;
import org.sala.engine.question.Choice;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.Difficulty;
import org.sala.engine.question.Gap;
import org.sala.engine.question.MatchPair;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.NumericAnswer;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.NumericUnit;
import org.sala.engine.question.OrderItem;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.OutcomeFeedback;
import org.sala.engine.question.Question;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.SectionRef;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes questions as a bank file in the pack format ({@code banks/NAME.yaml}). Defaults are left out
 * (points 1, medium difficulty, shuffled options) so the file reads like one written by hand; everything
 * else is written, so reading the file gives the same questions back. Text and numeric answers always
 * state their credit, so an imported wrong answer kept for its feedback reads as wrong to a reviewer too.
 */
public final class BankWriter {

    private BankWriter() {
    }

    public static String write(String bankId, String title, List<PackQuestion> questions) {
        var bank = new LinkedHashMap<String, Object>();
        bank.put("id", bankId);
        bank.put("title", title);
        bank.put("questions", questions.stream().map(BankWriter::question).toList());
        return dump(bank);
    }

    /**
     * One question alone, as the mapping it has in a bank's {@code questions:} list: the canonical text of a
     * question (the same question always gives the same text).
     */
    public static String writeQuestion(PackQuestion question) {
        return dump(question(question));
    }

    /**
     * Any document of the pack format (a bank, a quiz, a question) in the layout the versions of questions are
     * computed from: every list in block style. This layout must not change, or every question would get a new
     * version; files are written in {@link PackFormat}'s canonical layout, made from this text.
     */
    public static String dump(Map<String, Object> document) {
        DumperOptions options = PackFormat.options();
        return new Yaml(new PlainNumbers(options), options).dump(document);
    }

    private static Map<String, Object> question(PackQuestion packQuestion) {
        Question question = packQuestion.question();
        var map = new LinkedHashMap<String, Object>();
        map.put("id", question.id());
        map.put("type", type(question));
        if (question.points().compareTo(BigDecimal.ONE) != 0) {
            map.put("points", number(question.points()));
        }
        if (packQuestion.difficulty() != Difficulty.MEDIUM) {
            map.put("difficulty", packQuestion.difficulty().label());
        }
        if (!packQuestion.tags().isEmpty()) {
            map.put("tags", packQuestion.tags().stream().sorted().toList());
        }
        if (!packQuestion.sections().isEmpty()) {
            map.put("section", packQuestion.sections().stream().map(SectionRef::toString).toList());
        }
        packQuestion.fact().ifPresent(fact -> map.put("fact", fact));
        map.put("prompt", question.prompt());
        putIfNotEmpty(map, "feedback", question.generalFeedback());
        if (!question.hints().isEmpty()) {
            map.put("hints", question.hints());
        }
        body(question, map);
        return map;
    }

    private static void body(Question question, Map<String, Object> map) {
        switch (question) {
            case SingleChoiceQuestion single -> {
                map.put("choices", single.choices().stream().map(choice -> choice(choice, true)).toList());
                if (!single.shuffle()) {
                    map.put("shuffle", false);
                }
            }
            case MultipleChoiceQuestion multiple -> {
                map.put("scoring", kebab(multiple.scoring()));
                // Credits written out: under option percentages a bare "correct: true" would share the whole equally.
                map.put("choices", multiple.choices().stream().map(choice -> choice(choice, false)).toList());
                if (!multiple.shuffle()) {
                    map.put("shuffle", false);
                }
            }
            case TrueFalseQuestion trueFalse -> {
                map.put("answer", trueFalse.answer());
                putIfNotEmpty(map, "feedback-true", trueFalse.feedbackTrue());
                putIfNotEmpty(map, "feedback-false", trueFalse.feedbackFalse());
            }
            case ShortAnswerQuestion shortAnswer -> {
                TextMatching matching = shortAnswer.matching();
                if (matching.caseSensitive()) {
                    map.put("case-sensitive", true);
                }
                if (!matching.collapseWhitespace()) {
                    map.put("whitespace", "exact");
                }
                if (matching.form() != TextMatching.UnicodeForm.NFC) {
                    map.put("unicode", kebab(matching.form()));
                }
                if (matching.foldAccents()) {
                    map.put("fold-accents", true);
                }
                map.put("answers", shortAnswer.answers().stream().map(BankWriter::answer).toList());
            }
            case NumericQuestion numeric -> {
                map.put("answers", numeric.answers().stream().map(BankWriter::number).toList());
                if (!numeric.units().isEmpty()) {
                    map.put("units", numeric.units().stream().map(BankWriter::unit).toList());
                }
                if (numeric.unitRequired()) {
                    map.put("unit-required", true);
                }
                if (numeric.unitPenalty().signum() != 0) {
                    map.put("unit-penalty", number(numeric.unitPenalty()));
                }
            }
            case MatchingQuestion matching -> {
                map.put("pairs", matching.pairs().stream().map(BankWriter::pair).toList());
                if (!matching.distractors().isEmpty()) {
                    map.put("distractors", matching.distractors());
                }
                if (!matching.shuffle()) {
                    map.put("shuffle", false);
                }
                outcome(matching.feedback(), map);
            }
            case OrderingQuestion ordering -> {
                map.put("scoring", kebab(ordering.scoring()));
                map.put("items", ordering.items().stream().map(BankWriter::item).toList());
                outcome(ordering.feedback(), map);
            }
            case ClozeQuestion cloze -> {
                map.put("text", cloze.text());
                map.put("gaps", cloze.gaps().stream().map(BankWriter::gap).toList());
            }
        }
    }

    /** A gap: its id, weight and type, then the sub-question's own keys (its prompt and points are the gap's). */
    private static Map<String, Object> gap(Gap gap) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", gap.id());
        if (gap.weight().compareTo(BigDecimal.ONE) != 0) {
            map.put("weight", number(gap.weight()));
        }
        map.put("type", type(gap.question()));
        body(gap.question(), map);
        return map;
    }

    private static Map<String, Object> choice(Choice choice, boolean rightAsCorrect) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", choice.id());
        map.put("text", choice.text());
        if (rightAsCorrect && choice.isFullCredit()) {
            map.put("correct", true);
        } else if (choice.credit().signum() != 0) {
            map.put("credit", number(choice.credit()));
        }
        putIfNotEmpty(map, "feedback", choice.feedback());
        return map;
    }

    private static Map<String, Object> answer(AcceptedAnswer answer) {
        var map = new LinkedHashMap<String, Object>();
        map.put("text", answer.text());
        if (answer.pattern()) {
            map.put("pattern", true);
        }
        map.put("credit", number(answer.credit()));
        putIfNotEmpty(map, "feedback", answer.feedback());
        return map;
    }

    private static Map<String, Object> number(NumericAnswer answer) {
        var map = new LinkedHashMap<String, Object>();
        map.put("value", number(answer.value()));
        if (answer.tolerance().signum() != 0) {
            map.put("tolerance", number(answer.tolerance()));
        }
        if (answer.kind() == NumericAnswer.Tolerance.RELATIVE) {
            map.put("relative", true);
        }
        map.put("credit", number(answer.credit()));
        putIfNotEmpty(map, "feedback", answer.feedback());
        return map;
    }

    private static Map<String, Object> unit(NumericUnit unit) {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", unit.name());
        map.put("multiplier", number(unit.multiplier()));
        return map;
    }

    private static Map<String, Object> pair(MatchPair pair) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", pair.id());
        map.put("prompt", pair.prompt());
        map.put("answer", pair.answer());
        return map;
    }

    private static Map<String, Object> item(OrderItem item) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", item.id());
        map.put("text", item.text());
        return map;
    }

    private static void outcome(OutcomeFeedback feedback, Map<String, Object> map) {
        if (!feedback.equals(OutcomeFeedback.NONE)) {
            var outcome = new LinkedHashMap<String, Object>();
            putIfNotEmpty(outcome, "right", feedback.right());
            putIfNotEmpty(outcome, "partly-right", feedback.partlyRight());
            putIfNotEmpty(outcome, "wrong", feedback.wrong());
            map.put("outcome-feedback", outcome);
        }
    }

    /** The type as written in {@code type:}. */
    public static String type(Question question) {
        return org.sala.engine.question.QuestionType.of(question).label();
    }

    /** Numbers kept as decimals, written plain by {@link PlainNumbers} (never 1E+3, never a binary float). */
    private static BigDecimal number(BigDecimal value) {
        return value.stripTrailingZeros();
    }

    /** Writes decimals as plain YAML numbers: {@code 1999}, {@code 0.3333333}. */
    private static final class PlainNumbers extends org.yaml.snakeyaml.representer.Representer {

        PlainNumbers(DumperOptions options) {
            super(options);
            this.representers.put(BigDecimal.class, data -> {
                String text = ((BigDecimal) data).toPlainString();
                return representScalar(text.contains(".") ? org.yaml.snakeyaml.nodes.Tag.FLOAT : org.yaml.snakeyaml.nodes.Tag.INT, text);
            });
        }
    }

    private static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void putIfNotEmpty(Map<String, Object> map, String key, String text) {
        if (!text.isEmpty()) {
            map.put(key, text);
        }
    }
}

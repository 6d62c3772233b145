package org.sala.engine.question;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The eight question types, with the names packs, forms and reports use for them. The one list of types:
 * readers, writers and forms switch over it (or over the sealed {@link Question}) without a default, so a
 * new type fails to compile wherever it must be handled.
 */
public enum QuestionType {
    SINGLE_CHOICE("single-choice"),
    MULTIPLE_CHOICE("multiple-choice"),
    TRUE_FALSE("true-false"),
    SHORT_ANSWER("short-answer"),
    NUMERIC("numeric"),
    MATCHING("matching"),
    ORDERING("ordering"),
    CLOZE("cloze");

    private final String label;

    QuestionType(String label) {
        this.label = label;
    }

    /** The name as a pack writes it in {@code type:}, e.g. {@code single-choice}. */
    public String label() {
        return label;
    }

    public static QuestionType of(Question question) {
        return switch (question) {
            case SingleChoiceQuestion single -> SINGLE_CHOICE;
            case MultipleChoiceQuestion multiple -> MULTIPLE_CHOICE;
            case TrueFalseQuestion trueFalse -> TRUE_FALSE;
            case ShortAnswerQuestion shortAnswer -> SHORT_ANSWER;
            case NumericQuestion numeric -> NUMERIC;
            case MatchingQuestion matching -> MATCHING;
            case OrderingQuestion ordering -> ORDERING;
            case ClozeQuestion cloze -> CLOZE;
        };
    }

    /** The type a pack names, if it names one. */
    public static Optional<QuestionType> fromLabel(String label) {
        return Arrays.stream(values()).filter(type -> type.label.equals(label)).findFirst();
    }

    /** Every type's name, in this order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(QuestionType::label).toList();
    }
}

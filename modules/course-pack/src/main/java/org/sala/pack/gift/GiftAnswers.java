package org.sala.pack.gift;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the braces of a GIFT question say, as read, before it becomes an engine question. Which kind a
 * block is follows Moodle's rules, in Moodle's order (see {@link AnswerParser}); {@link GiftImport}
 * maps each kind to an engine type in one {@code switch}.
 *
 * <p>Texts are final (escapes restored, format tags dropped, stripped); credits are shares (-1..1), a
 * GIFT weight divided by 100; positions are file offsets, for problems.
 */
sealed interface GiftAnswers {

    /** {@code {}}: an essay, which the engine does not grade. */
    record Essay() implements GiftAnswers {
    }

    /**
     * {@code {=right ~wrong ~%50%half}}: options; {@code single} when any option is marked {@code =}
     * (Moodle's "one answer"), else every credit is a weight (Moodle's "multiple answers").
     */
    record Choices(List<Option> options, boolean single) implements GiftAnswers {
        public Choices {
            options = List.copyOf(options);
        }
    }

    /**
     * {@code {TRUE#wrong#right}}: Moodle's order puts the feedback for a wrong answer first, then the
     * feedback for a right one.
     */
    record Judgement(boolean truth, String wrongFeedback, String rightFeedback) implements GiftAnswers {
        public Judgement {
            Objects.requireNonNull(wrongFeedback, "wrongFeedback");
            Objects.requireNonNull(rightFeedback, "rightFeedback");
        }
    }

    /** {@code {=answer =%50%other}}: typed answers accepted, each with its credit. */
    record Accepted(List<Option> answers) implements GiftAnswers {
        public Accepted {
            answers = List.copyOf(answers);
        }
    }

    /** {@code {=left -> right = -> distractor}}: a pair with an empty left side is a distractor. */
    record Pairs(List<Pair> pairs) implements GiftAnswers {
        public Pairs {
            pairs = List.copyOf(pairs);
        }
    }

    /** {@code {#1999:1}}, {@code {#1..5}}, {@code {#=1999 =%50%1999:2}}: accepted values. */
    record Numbers(List<Value> values) implements GiftAnswers {
        public Numbers {
            values = List.copyOf(values);
        }
    }

    /** An option or accepted answer. */
    record Option(String text, BigDecimal credit, String feedback, int position) {
        public Option {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(credit, "credit");
            Objects.requireNonNull(feedback, "feedback");
        }
    }

    /** A left side ("prompt", empty for a distractor) and its right side ("answer"). */
    record Pair(String left, String right, int position) {
        public Pair {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** An accepted number with its absolute tolerance (GIFT knows no other). */
    record Value(BigDecimal value, BigDecimal tolerance, BigDecimal credit, String feedback, int position) {
        public Value {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(tolerance, "tolerance");
            Objects.requireNonNull(credit, "credit");
            Objects.requireNonNull(feedback, "feedback");
        }
    }
}

package org.sala.pack.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.sala.engine.Decimals;
import org.sala.engine.question.AcceptedAnswer;
import org.sala.engine.question.Choice;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.Difficulty;
import org.sala.engine.question.MatchPair;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.MultipleChoiceScoring;
import org.sala.engine.question.NumericAnswer;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.OutcomeFeedback;
import org.sala.engine.question.Question;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.Problem.Severity;
import org.sala.pack.Problem;
import org.sala.pack.interchange.ExportResult;
import org.sala.pack.interchange.ImportedQuestion;
import org.sala.pack.interchange.QuestionSlugs;
import org.sala.pack.model.PackQuestion;

/**
 * Writes questions as a GIFT file that Moodle imports and that {@link GiftImport} reads back to equal
 * questions, as far as GIFT can say them. Whatever GIFT cannot say is left out or changed with a warning
 * naming the question; nothing is dropped silently.
 *
 * <p>Each question is written as {@code ::id::[markdown]prompt {answers}}: the id as the title (so ids
 * round-trip), the prompt marked as Markdown, every special character escaped and line breaks written
 * {@code \n}, then a blank line. A prompt holding {@code _____} is written as a "missing word" question,
 * the answers in place of the first blank. Tags go in a comment above the question
 * ({@code // [tag:rivers]}, Moodle's convention); a {@code $CATEGORY:} line is written where the category
 * changes. Credits are written as GIFT weights (credit times 100: 0.3333333 is {@code %33.33333%}).
 *
 * <p>Warned about: points other than 1 (GIFT has none; Moodle gives 1), hints, lesson sections,
 * difficulty other than medium (import's default), option and pair ids other than the positional ones
 * import gives (a, b, ...; p1, p2, ...), a kept option order, matching feedback by outcome, non-default
 * short-answer matching, units, relative tolerances (written as the equal absolute ones), multiple-choice
 * scoring other than option percentages (written as the nearest percentages), ids that are not slugs, ids
 * written twice and tags GIFT cannot hold. Skipped with a warning: ordering and cloze questions, which
 * GIFT cannot express, and short-answer or matching questions whose texts hold {@code ->}, which GIFT
 * would read as another type.
 */
public final class GiftExport {

    private static final String EXPORT = "export";

    private final StringBuilder out = new StringBuilder();
    private final List<Problem> warnings = new ArrayList<>();
    private final Set<String> written = new HashSet<>();
    private String category = "";

    private GiftExport() {
    }

    public static ExportResult write(List<ImportedQuestion> questions) {
        var export = new GiftExport();
        questions.forEach(export::write);
        return ExportResult.utf8(export.out.toString(), export.warnings);
    }

    private void write(ImportedQuestion imported) {
        PackQuestion pack = imported.question();
        Question question = pack.question();
        Optional<String> answers = answers(question);
        if (answers.isEmpty()) {
            return;
        }
        warnAboutWhatGiftLeavesOut(pack);
        if (!imported.category().equals(category)) {
            category = imported.category();
            out.append("$CATEGORY: ").append(category).append("\n\n");
        }
        tags(pack);
        out.append("::").append(GiftText.escape(question.id())).append("::[markdown]");
        String prompt = question.prompt().strip();
        int blank = prompt.indexOf(GiftImport.BLANK);
        if (blank >= 0 && !prompt.substring(blank + GiftImport.BLANK.length()).isBlank()) {
            out.append(GiftText.escape(prompt.substring(0, blank))).append(answers.get())
                    .append(GiftText.escape(prompt.substring(blank + GiftImport.BLANK.length())));
        } else {
            out.append(GiftText.escape(prompt)).append(' ').append(answers.get());
        }
        out.append("\n\n");
    }

    /** The braces and what is between them; empty (with a warning) when GIFT cannot say the question. */
    private Optional<String> answers(Question question) {
        return switch (question) {
            case SingleChoiceQuestion single -> Optional.of(singleChoice(single));
            case MultipleChoiceQuestion multiple -> Optional.of(multipleChoice(multiple));
            case TrueFalseQuestion trueFalse -> Optional.of(trueFalse(trueFalse));
            case ShortAnswerQuestion shortAnswer -> shortAnswer(shortAnswer);
            case NumericQuestion numeric -> Optional.of(numeric(numeric));
            case MatchingQuestion matching -> matching(matching);
            case OrderingQuestion ordering -> notExpressible(ordering, "an ordering question");
            case ClozeQuestion cloze -> notExpressible(cloze, "a cloze question");
        };
    }

    private Optional<String> notExpressible(Question question, String kind) {
        warn(question, "is " + kind + ", which GIFT cannot express; it is not exported");
        return Optional.empty();
    }

    private String singleChoice(SingleChoiceQuestion question) {
        choiceWarnings(question, question.choices(), question.shuffle());
        var block = new Block();
        boolean markedRight = false;
        for (Choice choice : question.choices()) {
            // The first right option is '='; any further one is '~%100%', so the options always hold a '~'.
            if (choice.isFullCredit() && !markedRight) {
                markedRight = true;
                block.answer("=", choice.credit(), BigDecimal.ONE, choice.text(), choice.feedback());
            } else {
                block.answer("~", choice.credit(), BigDecimal.ZERO, choice.text(), choice.feedback());
            }
        }
        return block.close(question.generalFeedback());
    }

    private String multipleChoice(MultipleChoiceQuestion question) {
        choiceWarnings(question, question.choices(), question.shuffle());
        List<BigDecimal> credits = switch (question.scoring()) {
            case OPTION_PERCENTAGES -> question.choices().stream().map(Choice::credit).toList();
            case ALL_OR_NOTHING, RIGHT_MINUS_WRONG -> percentagesFor(question);
        };
        var block = new Block();
        for (int i = 0; i < credits.size(); i++) {
            Choice choice = question.choices().get(i);
            block.answer("~", credits.get(i), BigDecimal.ZERO, choice.text(), choice.feedback());
        }
        return block.close(question.generalFeedback());
    }

    /**
     * Moodle's "multiple answers" only knows option percentages: the right options share 100%; each wrong
     * one takes away all (all or nothing) or its share (right minus wrong) of it.
     */
    private List<BigDecimal> percentagesFor(MultipleChoiceQuestion question) {
        long right = question.choices().stream().filter(Choice::isRight).count();
        long wrong = question.choices().size() - right;
        boolean allOrNothing = question.scoring() == MultipleChoiceScoring.ALL_OR_NOTHING;
        warn(question, "is scored " + question.scoring() + ", which GIFT cannot say; it is written with Moodle's option"
                + " percentages: the right options share 100% and each wrong one takes away "
                + (allOrNothing ? "100%" : "1/" + wrong + " of it"));
        BigDecimal rightShare = Decimals.ratio(1, right);
        BigDecimal wrongShare = allOrNothing ? BigDecimal.ONE.negate() : Decimals.ratio(1, Math.max(wrong, 1)).negate();
        return question.choices().stream().map(choice -> choice.isRight() ? rightShare : wrongShare).toList();
    }

    private void choiceWarnings(Question question, List<Choice> choices, boolean shuffle) {
        List<String> ids = choices.stream().map(Choice::id).toList();
        List<String> positional = IntStream.range(0, choices.size()).mapToObj(GiftImport::optionId).toList();
        if (!ids.equals(positional)) {
            warn(question, "its option ids " + ids + " are left out (GIFT has none); they come back as " + positional);
        }
        if (!shuffle) {
            warn(question, "keeps its options in order, which GIFT cannot say; Moodle and import shuffle them");
        }
    }

    private String trueFalse(TrueFalseQuestion question) {
        // Moodle's order: the feedback for a wrong answer, then the feedback for a right one.
        String wrong = question.answer() ? question.feedbackFalse() : question.feedbackTrue();
        String right = question.answer() ? question.feedbackTrue() : question.feedbackFalse();
        var braces = new StringBuilder("{").append(question.answer() ? "TRUE" : "FALSE");
        if (!wrong.isEmpty() || !right.isEmpty()) {
            braces.append('#').append(text(wrong));
        }
        if (!right.isEmpty()) {
            braces.append('#').append(text(right));
        }
        if (!question.generalFeedback().isEmpty()) {
            braces.append("####").append(text(question.generalFeedback()));
        }
        return braces.append('}').toString();
    }

    private Optional<String> shortAnswer(ShortAnswerQuestion question) {
        boolean arrow = question.answers().stream()
                .anyMatch(answer -> answer.text().contains("->") || answer.feedback().contains("->"));
        if (arrow) {
            warn(question, "has '->' in an answer or its feedback, which GIFT would read as a matching question;"
                    + " it is not exported");
            return Optional.empty();
        }
        if (!question.matching().equals(TextMatching.DEFAULT)) {
            warn(question, "matches answers by " + question.matching() + ", which GIFT cannot say; Moodle and import"
                    + " use the default (case ignored, whitespace collapsed)");
        }
        var block = new Block();
        for (AcceptedAnswer answer : question.answers()) {
            block.answer("=", answer.credit(), BigDecimal.ONE, giftAnswer(answer), answer.feedback());
        }
        return Optional.of(block.close(question.generalFeedback()));
    }

    /**
     * The inverse of {@link GiftImport}'s reading: a pattern is written as it is ({@code *} a wildcard);
     * in a plain answer every star is written {@code \*}, a literal star.
     */
    private static String giftAnswer(AcceptedAnswer answer) {
        return answer.pattern() ? answer.text() : answer.text().replace("*", "\\*");
    }

    private String numeric(NumericQuestion question) {
        if (!question.units().isEmpty() || question.unitRequired() || question.unitPenalty().signum() != 0) {
            warn(question, "its units, unit requirement and unit penalty are left out (GIFT has no units)");
        }
        List<NumericAnswer> answers = question.answers();
        if (answers.size() == 1 && answers.get(0).credit().compareTo(BigDecimal.ONE) == 0 && answers.get(0).feedback().isEmpty()) {
            var braces = new StringBuilder("{#").append(number(question, answers.get(0)));
            if (!question.generalFeedback().isEmpty()) {
                braces.append("####").append(text(question.generalFeedback()));
            }
            return braces.append('}').toString();
        }
        var block = new Block("{#");
        for (NumericAnswer answer : answers) {
            block.raw("=", answer.credit(), BigDecimal.ONE, number(question, answer), answer.feedback());
        }
        return block.close(question.generalFeedback());
    }

    /** {@code value} or {@code value:tolerance}; GIFT's tolerance is absolute. */
    private String number(NumericQuestion question, NumericAnswer answer) {
        BigDecimal tolerance = answer.tolerance();
        if (answer.kind() == NumericAnswer.Tolerance.RELATIVE) {
            tolerance = answer.tolerance().multiply(answer.value().abs());
            warn(question, "accepts " + answer.value() + " within a relative " + answer.tolerance()
                    + ", which GIFT cannot say; it is written as the same range, within an absolute " + tolerance);
        }
        // toString, not toPlainString: Moodle reads 1E+3, and it parses back to the very same BigDecimal.
        return answer.value() + (tolerance.equals(BigDecimal.ZERO) ? "" : ":" + tolerance);
    }

    private Optional<String> matching(MatchingQuestion question) {
        if (question.pairs().stream().anyMatch(pair -> pair.prompt().contains("->"))) {
            warn(question, "has '->' in a prompt, which GIFT reads as the start of its answer; it is not exported");
            return Optional.empty();
        }
        List<String> ids = question.pairs().stream().map(MatchPair::id).toList();
        List<String> positional = IntStream.range(0, ids.size()).mapToObj(GiftImport::pairId).toList();
        if (!ids.equals(positional)) {
            warn(question, "its pair ids " + ids + " are left out (GIFT has none); they come back as " + positional);
        }
        if (!question.feedback().equals(OutcomeFeedback.NONE)) {
            warn(question, "its feedback for right, partly right and wrong responses is left out (GIFT has none)");
        }
        if (!question.shuffle()) {
            warn(question, "keeps its answers in order, which GIFT cannot say; Moodle and import shuffle them");
        }
        var block = new Block();
        for (MatchPair pair : question.pairs()) {
            block.line("=" + text(pair.prompt()) + " -> " + GiftText.escape(pair.answer()));
        }
        for (String distractor : question.distractors()) {
            block.line("= -> " + GiftText.escape(distractor));
        }
        return Optional.of(block.close(question.generalFeedback()));
    }

    private void warnAboutWhatGiftLeavesOut(PackQuestion pack) {
        Question question = pack.question();
        if (question.points().compareTo(BigDecimal.ONE) != 0) {
            warn(question, "is worth " + question.points().toPlainString() + " points; GIFT has no points, so Moodle"
                    + " and import give it 1");
        }
        if (!question.hints().isEmpty()) {
            warn(question, "its " + question.hints().size() + " hint(s) are left out (GIFT has no hints)");
        }
        if (pack.difficulty() != Difficulty.MEDIUM) {
            warn(question, "its difficulty '" + pack.difficulty().label() + "' is left out (GIFT has none; import"
                    + " gives medium)");
        }
        if (!pack.sections().isEmpty()) {
            warn(question, "its lesson sections " + pack.sections() + " are left out (GIFT has none)");
        }
        String id = question.id();
        if (!QuestionSlugs.slug(id).equals(id)) {
            String back = QuestionSlugs.slug(id).isEmpty() ? "a positional id (q1, q2, ...)" : "'" + QuestionSlugs.slug(id) + "'";
            warn(question, "its id is written as its title and comes back as " + back
                    + " (an id from a title holds letters a-z, digits and hyphens)");
        }
        if (!written.add(id)) {
            warn(question, "its id is written a second time; import names this one '" + id + "-2' (or the next free suffix)");
        }
    }

    /**
     * Moodle's convention, {@code // [tag:name]}, {@code \]} for a bracket. A tag with a line break or
     * surrounding space cannot come back, nor one ending in a backslash (its bracket would read as escaped).
     */
    private void tags(PackQuestion pack) {
        var line = new StringBuilder();
        pack.tags().stream().sorted().forEach(tag -> {
            if (!tag.equals(tag.strip()) || tag.endsWith("\\") || tag.chars().anyMatch(Character::isISOControl)) {
                warn(pack.question(), "its tag '" + tag + "' is left out (a GIFT tag is one line, without surrounding"
                        + " spaces or a final backslash)");
            } else {
                line.append(line.isEmpty() ? "// " : " ").append("[tag:").append(tag.replace("]", "\\]")).append(']');
            }
        });
        if (!line.isEmpty()) {
            out.append(line).append('\n');
        }
    }

    /**
     * A text where GIFT reads a format tag: escaped, and marked {@code [markdown]} when it starts with a
     * bracket, so that a text such as "[a] first" is not taken for a format.
     */
    private static String text(String text) {
        return (text.strip().startsWith("[") ? "[markdown]" : "") + GiftText.escape(text);
    }

    /** {@code %weight%}: credit times 100, as short as it is exact. */
    private static String weight(BigDecimal credit) {
        return "%" + credit.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private void warn(Question question, String message) {
        warnings.add(new Problem(Severity.WARNING, EXPORT, 0, 0, "question '" + question.id() + "' " + message));
    }

    /** Answers one to a line, indented, then the general feedback, in braces. */
    private static final class Block {

        private final StringBuilder braces;

        Block() {
            this("{");
        }

        Block(String opening) {
            braces = new StringBuilder(opening).append('\n');
        }

        void line(String line) {
            braces.append('\t').append(line).append('\n');
        }

        /** An answer whose text GIFT reads with a format tag. */
        void answer(String marker, BigDecimal credit, BigDecimal unmarkedCredit, String text, String feedback) {
            raw(marker, credit, unmarkedCredit, text(text), feedback);
        }

        /**
         * An answer whose text is already GIFT. The weight is written when the marker alone does not give the
         * credit, or when the text starts with '%' and would be taken for one.
         */
        void raw(String marker, BigDecimal credit, BigDecimal unmarkedCredit, String written, String feedback) {
            boolean weighted = credit.compareTo(unmarkedCredit) != 0 || written.startsWith("%");
            line(marker + (weighted ? weight(credit) : "") + written + (feedback.isEmpty() ? "" : "#" + text(feedback)));
        }

        String close(String generalFeedback) {
            if (!generalFeedback.isEmpty()) {
                line("####" + text(generalFeedback));
            }
            return braces.append('}').toString();
        }
    }
}

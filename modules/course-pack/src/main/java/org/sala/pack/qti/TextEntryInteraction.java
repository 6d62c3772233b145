package org.sala.pack.qti;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sala.engine.Decimals;
import org.sala.engine.question.AcceptedAnswer;
import org.sala.engine.question.NumericAnswer;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.pack.qti.ResponseRules.Branch;
import org.sala.pack.qti.ResponseRules.Scoring;
import org.sala.pack.qti.ResponseRules.Test;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Element;

/**
 * {@code qti-text-entry-interaction}, both ways, alone at the end of a paragraph (a question) or as a gap
 * of a cloze text.
 *
 * <p>Short answer: a string response, {@code map_response} with one {@code qti-map-entry} per accepted
 * answer (credit as mapped value, {@code case-sensitive} from the question); answer feedback by
 * {@code string-match} rules setting {@code FEEDBACK}. Sala's whitespace, Unicode and accent settings
 * travel as {@code data-sala-*} attributes of the interaction; QTI itself compares strings exactly, apart
 * from case. Numeric: a float response and a ladder of {@code qti-equal} tests ({@code tolerance-mode}
 * exact, absolute or relative, QTI's relative tolerance being a percentage), each setting {@code SCORE}
 * to its credit and {@code FEEDBACK} to its feedback.
 */
final class TextEntryInteraction {

    private TextEntryInteraction() {
    }

    // ------------------------------------------------------------------------------------------- reading

    /** The question of a text entry that ends its paragraph: the body is its prompt. */
    static Optional<Question> read(ItemSource item, Element body, Element interaction) {
        QuestionBasics basics = item.basics(body, List.of(), Set.of());
        return read(item, basics, interaction, true);
    }

    /** A short-answer or numeric question from a text entry; {@code withFeedback} false for a cloze gap. */
    static Optional<Question> read(ItemSource item, QuestionBasics basics, Element interaction, boolean withFeedback) {
        Optional<ScoredResponse> response = item.response(interaction);
        if (response.isEmpty()) {
            return Optional.empty();
        }
        String baseType = response.get().declaration().getAttribute("base-type");
        return baseType.equals("float") || baseType.equals("integer")
                ? numeric(item, basics, response.get(), withFeedback)
                : shortAnswer(item, basics, interaction, response.get(), withFeedback);
    }

    private static Optional<Question> shortAnswer(ItemSource item, QuestionBasics basics, Element interaction,
                                                  ScoredResponse response, boolean withFeedback) {
        Element declaration = response.declaration();
        var answers = new ArrayList<AcceptedAnswer>();
        Boolean caseSensitive = null;
        switch (response.scoring()) {
            case Scoring.MatchCorrect all -> {
                ResponseValues.correctValues(declaration).forEach(value -> answers.add(AcceptedAnswer.exact(value, "")));
                caseSensitive = true;
            }
            case Scoring.Mapped mapped -> {
                ResponseValues.Mapping mapping = ResponseValues.mapping(item, declaration);
                BigDecimal scale = ResponseValues.scale(item, declaration,
                        mapping.entries().values().stream().reduce(BigDecimal.ZERO, BigDecimal::max));
                for (var entry : mapping.entries().entrySet()) {
                    answers.add(new AcceptedAnswer(entry.getKey(), false, ResponseValues.share(entry.getValue(), scale), ""));
                }
                for (boolean sensitive : mapping.caseSensitive()) {
                    if (caseSensitive != null && caseSensitive != sensitive) {
                        item.warning(declaration, "item '" + item.id() + "': its answers differ in case sensitivity; Sala uses one"
                                + " setting, that of the first answer");
                        break;
                    }
                    caseSensitive = caseSensitive == null ? sensitive : caseSensitive;
                }
            }
            case Scoring.Ladder ladder -> {
                for (Branch branch : ladder.branches()) {
                    switch (branch.test()) {
                        case Test.StringMatch match -> {
                            answers.add(new AcceptedAnswer(match.value(), false, branch.credit(), item.ladderFeedback(branch)));
                            caseSensitive = caseSensitive == null ? match.caseSensitive() : caseSensitive;
                        }
                        case Test.Match match -> answers.add(new AcceptedAnswer(match.value(), false, branch.credit(),
                                item.ladderFeedback(branch)));
                        case Test.Correct correct -> ResponseValues.correctValues(declaration).forEach(value ->
                                answers.add(new AcceptedAnswer(value, false, branch.credit(), item.ladderFeedback(branch))));
                        case Test.Equal equal -> {
                            item.error(declaration, "item '" + item.id() + "' compares a text response as a number");
                            return Optional.empty();
                        }
                    }
                }
            }
        }
        if (withFeedback) {
            for (int i = 0; i < answers.size(); i++) {
                AcceptedAnswer answer = answers.get(i);
                Optional<String> feedback = item.feedbackFor(response.identifier(), test -> switch (test) {
                    case Test.StringMatch match -> match.value().equals(answer.text());
                    case Test.Match match -> match.value().equals(answer.text());
                    default -> false;
                });
                if (feedback.isPresent() && answer.feedback().isEmpty()) {
                    answers.set(i, new AcceptedAnswer(answer.text(), false, answer.credit(), feedback.get()));
                }
            }
        }
        var matching = new TextMatching(caseSensitive != null && caseSensitive,
                !"exact".equals(interaction.getAttribute(Qti.DATA_WHITESPACE)),
                switch (interaction.getAttribute(Qti.DATA_UNICODE)) {
                    case "nfkc" -> TextMatching.UnicodeForm.NFKC;
                    case "none" -> TextMatching.UnicodeForm.NONE;
                    default -> TextMatching.UnicodeForm.NFC;
                }, Qti.isTrue(interaction, Qti.DATA_FOLD_ACCENTS));
        return Optional.of(new ShortAnswerQuestion(basics, answers, matching));
    }

    private static Optional<Question> numeric(ItemSource item, QuestionBasics basics, ScoredResponse response, boolean withFeedback) {
        Element declaration = response.declaration();
        var answers = new ArrayList<NumericAnswer>();
        switch (response.scoring()) {
            case Scoring.MatchCorrect all -> {
                for (String value : ResponseValues.correctValues(declaration)) {
                    answers.add(new NumericAnswer(number(declaration, value), BigDecimal.ZERO, NumericAnswer.Tolerance.ABSOLUTE,
                            BigDecimal.ONE, ""));
                }
            }
            case Scoring.Mapped mapped -> {
                ResponseValues.Mapping mapping = ResponseValues.mapping(item, declaration);
                BigDecimal scale = ResponseValues.scale(item, declaration,
                        mapping.entries().values().stream().reduce(BigDecimal.ZERO, BigDecimal::max));
                mapping.entries().forEach((key, credit) -> answers.add(new NumericAnswer(number(declaration, key), BigDecimal.ZERO,
                        NumericAnswer.Tolerance.ABSOLUTE, ResponseValues.share(credit, scale), "")));
            }
            case Scoring.Ladder ladder -> {
                BigDecimal scale = ResponseValues.scale(item, declaration,
                        ladder.branches().stream().map(Branch::credit).reduce(BigDecimal.ZERO, BigDecimal::max));
                for (Branch branch : ladder.branches()) {
                    String feedback = withFeedback ? item.ladderFeedback(branch) : "";
                    BigDecimal credit = ResponseValues.share(branch.credit(), scale);
                    switch (branch.test()) {
                        case Test.Equal equal -> answers.add(new NumericAnswer(equal.value(), tolerance(item, declaration, equal),
                                equal.relative() ? NumericAnswer.Tolerance.RELATIVE : NumericAnswer.Tolerance.ABSOLUTE, credit, feedback));
                        case Test.Match match -> answers.add(new NumericAnswer(number(declaration, match.value()), BigDecimal.ZERO,
                                NumericAnswer.Tolerance.ABSOLUTE, credit, feedback));
                        case Test.Correct correct -> ResponseValues.correctValues(declaration).forEach(value -> answers.add(
                                new NumericAnswer(number(declaration, value), BigDecimal.ZERO, NumericAnswer.Tolerance.ABSOLUTE, credit,
                                        feedback)));
                        case Test.StringMatch text -> {
                            item.error(declaration, "item '" + item.id() + "' compares a number response as text");
                            return Optional.empty();
                        }
                    }
                }
            }
        }
        return Optional.of(new NumericQuestion(basics, answers, List.of(), false, BigDecimal.ZERO));
    }

    private static BigDecimal tolerance(ItemSource item, Element where, Test.Equal equal) {
        BigDecimal tolerance = equal.tolerances().stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        if (equal.tolerances().size() == 2 && equal.tolerances().get(0).compareTo(equal.tolerances().get(1)) != 0) {
            item.warning(where, "item '" + item.id() + "': value " + equal.value().toPlainString() + " has different tolerances"
                    + " below and above; Sala uses the larger, " + tolerance.toPlainString() + ", on both sides");
        }
        if (!equal.inclusive()) {
            item.warning(where, "item '" + item.id() + "': value " + equal.value().toPlainString() + " excludes its bounds;"
                    + " Sala includes them");
        }
        // QTI's relative tolerance is a percentage; Sala's a share.
        return equal.relative() ? Decimals.canonical(tolerance.movePointLeft(2)) : tolerance;
    }

    private static BigDecimal number(Element where, String text) {
        return Qti.decimal(text).orElseThrow(() -> new IllegalArgumentException("'" + text + "' (line " + SafeXml.line(where)
                + ") is not a number"));
    }

    // ------------------------------------------------------------------------------------------- writing

    static void write(ItemDraft draft, ShortAnswerQuestion shortAnswer) {
        Map<String, AcceptedAnswer> answers = declareTextAnswers(draft, Qti.RESPONSE, shortAnswer);
        Element interaction = element(draft, Qti.RESPONSE, shortAnswer.matching());
        Qti.append(draft.body(), "p").appendChild(interaction);
        draft.processing().setAttribute("template", Qti.MAP_RESPONSE);
        List<AcceptedAnswer> withFeedback = answers.values().stream().filter(answer -> !answer.feedback().isEmpty()).toList();
        if (!withFeedback.isEmpty()) {
            // Which answer was given decides the feedback: string tests beside the template's own rules.
            draft.feedbackOutcome("single");
            draft.templateRules(Qti.MAP_RESPONSE, Qti.RESPONSE);
            Element condition = Qti.append(draft.processing(), "qti-response-condition");
            int number = 0;
            for (AcceptedAnswer answer : withFeedback) {
                String identifier = "answer-" + (++number);
                Element branch = Qti.append(condition, number == 1 ? "qti-response-if" : "qti-response-else-if");
                Element test = Qti.append(branch, "qti-string-match");
                test.setAttribute("case-sensitive", String.valueOf(shortAnswer.matching().caseSensitive()));
                ItemDraft.variable(test, Qti.RESPONSE);
                ItemDraft.baseValue(test, "string", answer.text());
                ItemDraft.baseValue(ItemDraft.set(branch, Qti.FEEDBACK), "identifier", identifier);
                draft.modalFeedback(identifier, "show", answer.feedback());
            }
        }
    }

    /** A short-answer gap of a cloze text; its answers' feedback has no place there and is warned about. */
    static Element gap(ItemDraft draft, String response, ShortAnswerQuestion shortAnswer, String where) {
        for (AcceptedAnswer answer : declareTextAnswers(draft, response, shortAnswer).values()) {
            if (!answer.feedback().isEmpty()) {
                draft.warn(where + "feedback on answer '" + answer.text() + "' is not exported");
            }
        }
        return element(draft, response, shortAnswer.matching());
    }

    /**
     * Declares a string response for typed answers: the first fully right answer as the correct response,
     * and every accepted answer in a mapping with its credit. Returns the answers mapped.
     */
    private static Map<String, AcceptedAnswer> declareTextAnswers(ItemDraft draft, String response, ShortAnswerQuestion shortAnswer) {
        Element declaration = draft.declaration(response, "single", "string");
        Map<String, AcceptedAnswer> answers = mappableAnswers(draft, shortAnswer.answers(), shortAnswer.matching());
        answers.values().stream().filter(answer -> answer.credit().compareTo(BigDecimal.ONE) == 0).findFirst()
                .ifPresent(answer -> ItemDraft.correct(declaration, List.of(answer.text())));
        Element mapping = ItemDraft.mapping(declaration, Map.of());
        for (AcceptedAnswer answer : answers.values()) {
            Element entry = Qti.append(mapping, "qti-map-entry");
            entry.setAttribute("map-key", answer.text());
            entry.setAttribute("mapped-value", Qti.plain(answer.credit()));
            entry.setAttribute("case-sensitive", String.valueOf(shortAnswer.matching().caseSensitive()));
        }
        return answers;
    }

    /** The answers a QTI mapping can hold, by key; patterns and repeated keys are warned about and left out. */
    private static Map<String, AcceptedAnswer> mappableAnswers(ItemDraft draft, List<AcceptedAnswer> all, TextMatching matching) {
        var answers = new LinkedHashMap<String, AcceptedAnswer>();
        for (AcceptedAnswer answer : all) {
            String key = matching.caseSensitive() ? answer.text() : answer.text().toLowerCase(Locale.ROOT);
            if (answer.pattern()) {
                draft.warn("its pattern answer '" + answer.text() + "' is not exported: a QTI mapping matches whole answers,"
                        + " not wildcard patterns");
            } else if (answers.containsKey(key)) {
                draft.warn("its answer '" + answer.text() + "' is not exported: it repeats an earlier answer as QTI compares them");
            } else {
                answers.put(key, answer);
            }
        }
        return answers;
    }

    /** The interaction; {@code matching} null for a number, which has no text settings. */
    private static Element element(ItemDraft draft, String response, TextMatching matching) {
        Element interaction = draft.element(InteractionKind.TEXT_ENTRY.element());
        interaction.setAttribute("response-identifier", response);
        if (matching == null) {
            return interaction;
        }
        if (!matching.collapseWhitespace()) {
            interaction.setAttribute(Qti.DATA_WHITESPACE, "exact");
        }
        if (matching.form() != TextMatching.UnicodeForm.NFC) {
            interaction.setAttribute(Qti.DATA_UNICODE, matching.form().name().toLowerCase(Locale.ROOT));
        }
        if (matching.foldAccents()) {
            interaction.setAttribute(Qti.DATA_FOLD_ACCENTS, "true");
            draft.warn("it ignores accents in answers, which QTI cannot say: other QTI players will require the accents");
        }
        return interaction;
    }

    static void write(ItemDraft draft, NumericQuestion numeric) {
        Element declaration = draft.declaration(Qti.RESPONSE, "single", "float");
        warnUnits(draft, numeric, "");
        List<NumericAnswer> answers = ladderOrder(draft, numeric.answers(), "");
        ItemDraft.correct(declaration, List.of(Qti.plain(answers.stream()
                .filter(answer -> answer.credit().compareTo(BigDecimal.ONE) == 0).findFirst().orElseThrow().value())));
        Qti.append(draft.body(), "p").appendChild(element(draft, Qti.RESPONSE, null));
        boolean feedback = answers.stream().anyMatch(answer -> !answer.feedback().isEmpty());
        if (feedback) {
            draft.feedbackOutcome("single");
        }
        Element condition = Qti.append(draft.processing(), "qti-response-condition");
        int number = 0;
        for (NumericAnswer answer : answers) {
            Element branch = Qti.append(condition, number++ == 0 ? "qti-response-if" : "qti-response-else-if");
            equal(branch, Qti.RESPONSE, answer);
            ItemDraft.baseValue(ItemDraft.set(branch, Qti.SCORE), "float", Qti.plain(answer.credit()));
            if (!answer.feedback().isEmpty()) {
                String identifier = "answer-" + number;
                ItemDraft.baseValue(ItemDraft.set(branch, Qti.FEEDBACK), "identifier", identifier);
                draft.modalFeedback(identifier, "show", answer.feedback());
            }
        }
        ItemDraft.baseValue(ItemDraft.set(Qti.append(condition, "qti-response-else"), Qti.SCORE), "float", "0");
    }

    /**
     * A numeric gap of a cloze text: its declaration and interaction. The cloze text scores it with the
     * ladder of {@link #ladderOrder} and {@link #equal}; the answers' feedback has no place there.
     */
    static Element gap(ItemDraft draft, String response, NumericQuestion numeric, String where) {
        Element declaration = draft.declaration(response, "single", "float");
        warnUnits(draft, numeric, where);
        ItemDraft.correct(declaration, List.of(Qti.plain(numeric.answers().stream()
                .filter(answer -> answer.credit().compareTo(BigDecimal.ONE) == 0).findFirst().orElseThrow().value())));
        numeric.answers().stream().filter(answer -> !answer.feedback().isEmpty()).forEach(answer ->
                draft.warn(where + "feedback on value " + answer.value().toPlainString() + " is not exported"));
        return element(draft, response, null);
    }

    private static void warnUnits(ItemDraft draft, NumericQuestion numeric, String where) {
        if (!numeric.units().isEmpty()) {
            draft.warn(where + "its units " + numeric.units().stream().map(unit -> unit.name()).toList()
                    + " are not exported: a QTI float response is a bare number");
        }
    }

    /**
     * The engine takes the accepting value with the highest credit; a QTI ladder takes the first that
     * accepts. Kept as authored when no two accepted ranges overlap, else ordered by credit, with a warning
     * when that changes the order: the grades stay the same, but an import reads the answers in the new order.
     */
    static List<NumericAnswer> ladderOrder(ItemDraft draft, List<NumericAnswer> answers, String where) {
        for (int i = 0; i < answers.size(); i++) {
            for (int j = i + 1; j < answers.size(); j++) {
                if (overlap(answers.get(i), answers.get(j))) {
                    var sorted = new ArrayList<>(answers);
                    sorted.sort((a, b) -> b.credit().compareTo(a.credit()));
                    if (!sorted.equals(answers)) {
                        draft.warn(where + "its answers are exported highest credit first, so that QTI, which takes the first"
                                + " value that accepts a response, grades as Sala does; an import reads them back in that order");
                    }
                    return sorted;
                }
            }
        }
        return answers;
    }

    private static boolean overlap(NumericAnswer a, NumericAnswer b) {
        BigDecimal[] first = range(a);
        BigDecimal[] second = range(b);
        return first[0].compareTo(second[1]) <= 0 && second[0].compareTo(first[1]) <= 0;
    }

    private static BigDecimal[] range(NumericAnswer answer) {
        BigDecimal spread = answer.kind() == NumericAnswer.Tolerance.ABSOLUTE ? answer.tolerance()
                : answer.tolerance().multiply(answer.value().abs());
        return new BigDecimal[] {answer.value().subtract(spread), answer.value().add(spread)};
    }

    /** The test that a number response equals the answer's value, within its tolerance. */
    static void equal(Element parent, String response, NumericAnswer answer) {
        Element test = Qti.append(parent, "qti-equal");
        if (answer.tolerance().signum() == 0) {
            test.setAttribute("tolerance-mode", "exact");
        } else if (answer.kind() == NumericAnswer.Tolerance.ABSOLUTE) {
            test.setAttribute("tolerance-mode", "absolute");
            test.setAttribute("tolerance", Qti.plain(answer.tolerance()));
        } else {
            // QTI's relative tolerance is a percentage; Sala's is a share.
            test.setAttribute("tolerance-mode", "relative");
            test.setAttribute("tolerance", Qti.plain(answer.tolerance().movePointRight(2)));
        }
        ItemDraft.variable(test, response);
        ItemDraft.baseValue(test, "float", Qti.plain(answer.value()));
    }
}

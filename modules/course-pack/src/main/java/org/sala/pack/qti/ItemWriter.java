package org.sala.pack.qti;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.sala.engine.Decimals;
import org.sala.engine.question.AcceptedAnswer;
import org.sala.engine.question.Choice;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.Gap;
import org.sala.engine.question.MatchPair;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.NumericAnswer;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.OrderItem;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.OrderingScoring;
import org.sala.engine.question.OutcomeFeedback;
import org.sala.engine.question.Question;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes one question as a QTI 3.0 {@code qti-assessment-item}. One writer per item: it collects the
 * declarations, body, response processing and feedback, then assembles them in the order the schema
 * wants. Whatever the mapping cannot say is a warning message (without the question id; the caller adds
 * where it is), never dropped quietly.
 *
 * <p>Scoring: {@code SCORE} is the share of the points earned (0..1, what the standard templates compute),
 * {@code MAXSCORE} holds the points. Response processing uses the {@code match_correct} or
 * {@code map_response} template where it fits; where feedback must be chosen too, the template's rules are
 * also written out inside the item (QTI prefers them over the URI) followed by the feedback rules.
 */
final class ItemWriter {

    /** The item and what it could not say. */
    record Written(String xml, List<String> warnings) {
        Written {
            warnings = List.copyOf(warnings);
        }
    }

    private final Question question;
    private final Document document = SafeXml.newDocument();
    private final Element item = Qti.element(document, "qti-assessment-item");
    private final List<Element> responses = new ArrayList<>();
    private final Element body = Qti.element(document, "qti-item-body");
    private final Element processing = Qti.element(document, "qti-response-processing");
    private final List<Element> modal = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private String feedbackCardinality;

    private ItemWriter(Question question) {
        this.question = question;
    }

    static Written write(Question question) {
        var writer = new ItemWriter(question);
        writer.write();
        return new Written(Qti.write(writer.document), writer.warnings);
    }

    private void write() {
        identifier(question.id(), "its id");
        BodyText.appendParagraphs(body, question.prompt());
        switch (question) {
            case SingleChoiceQuestion single -> singleChoice(single);
            case MultipleChoiceQuestion multiple -> multipleChoice(multiple);
            case TrueFalseQuestion trueFalse -> trueFalse(trueFalse);
            case ShortAnswerQuestion shortAnswer -> shortAnswer(shortAnswer);
            case NumericQuestion numeric -> numeric(numeric);
            case MatchingQuestion matching -> matching(matching);
            case OrderingQuestion ordering -> ordering(ordering);
            case ClozeQuestion cloze -> cloze(cloze);
        }
        if (!question.generalFeedback().isEmpty()) {
            // Shown whatever the response: hidden only when FEEDBACK holds "general", which no rule sets.
            feedbackOutcome("single");
            modalFeedback(Qti.GENERAL, "hide", question.generalFeedback());
        }
        if (!question.hints().isEmpty()) {
            warnings.add("its " + question.hints().size() + " hint(s) are not exported: a QTI item scored by the"
                    + " standard templates has no way to show hints");
        }
        assemble();
    }

    private void assemble() {
        document.appendChild(item);
        item.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", Qti.XSI);
        item.setAttributeNS(Qti.XSI, "xsi:schemaLocation", Qti.NS + " " + Qti.SCHEMA);
        item.setAttribute("identifier", question.id());
        item.setAttribute("title", title(question.prompt()));
        item.setAttribute("adaptive", "false");
        item.setAttribute("time-dependent", "false");
        item.setAttribute("tool-name", "Sala");
        responses.forEach(item::appendChild);
        Element score = outcome(Qti.SCORE, "single", "float", "0");
        score.setAttribute("normal-maximum", "1");
        outcome(Qti.MAXSCORE, "single", "float", Qti.plain(question.points()));
        if (feedbackCardinality != null) {
            outcome(Qti.FEEDBACK, feedbackCardinality, "identifier", null);
        }
        item.appendChild(body);
        item.appendChild(processing);
        modal.forEach(item::appendChild);
    }

    private static String title(String prompt) {
        String line = prompt.strip().lines().findFirst().orElse("").strip();
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }

    private Element outcome(String identifier, String cardinality, String baseType, String defaultValue) {
        Element outcome = Qti.append(item, "qti-outcome-declaration");
        outcome.setAttribute("identifier", identifier);
        outcome.setAttribute("cardinality", cardinality);
        outcome.setAttribute("base-type", baseType);
        if (defaultValue != null) {
            Qti.appendText(Qti.append(outcome, "qti-default-value"), "qti-value", defaultValue);
        }
        return outcome;
    }

    // ----------------------------------------------------------------------------------------------- types

    private void singleChoice(SingleChoiceQuestion single) {
        Element declaration = declaration(Qti.RESPONSE, "single", "identifier");
        List<Choice> choices = single.choices();
        correct(declaration, List.of(choices.stream().filter(Choice::isFullCredit).findFirst().orElseThrow().id()));
        boolean allOrNothing = choices.stream().allMatch(choice -> choice.credit().signum() == 0 || choice.isFullCredit())
                && choices.stream().filter(Choice::isFullCredit).count() == 1;
        if (!allOrNothing) {
            mapping(declaration, creditsOf(choices), null);
        }
        if (choices.size() == 2 && Set.of("true", "false").equals(Set.of(choices.get(0).id(), choices.get(1).id()))) {
            warnings.add("its options have the ids 'true' and 'false', so QTI importers (Sala's too) read it as a"
                    + " true/false question");
        }
        Element interaction = choiceInteraction(choices, single.shuffle(), 1);
        body.appendChild(interaction);
        choiceScoring(allOrNothing ? Qti.MATCH_CORRECT : Qti.MAP_RESPONSE, choices, "single");
    }

    private void multipleChoice(MultipleChoiceQuestion multiple) {
        Element declaration = declaration(Qti.RESPONSE, "multiple", "identifier");
        List<Choice> choices = multiple.choices();
        correct(declaration, choices.stream().filter(Choice::isRight).map(Choice::id).toList());
        Element interaction = choiceInteraction(choices, multiple.shuffle(), 0);
        String template = switch (multiple.scoring()) {
            case ALL_OR_NOTHING -> {
                warnIfCreditsIgnored(choices, "all-or-nothing");
                yield Qti.MATCH_CORRECT;
            }
            case OPTION_PERCENTAGES -> {
                mapping(declaration, creditsOf(choices), null);
                yield Qti.MAP_RESPONSE;
            }
            case RIGHT_MINUS_WRONG -> {
                // Each right option earns its share, each wrong one costs its share, never below zero: that is
                // right-minus-wrong exactly, so any QTI player grades it as Sala does.
                warnIfCreditsIgnored(choices, "right-minus-wrong");
                List<Choice> right = choices.stream().filter(Choice::isRight).toList();
                List<Choice> wrong = choices.stream().filter(choice -> !choice.isRight()).toList();
                var entries = new LinkedHashMap<String, BigDecimal>();
                List<BigDecimal> rightShares = shares(right.size());
                List<BigDecimal> wrongShares = shares(wrong.size());
                for (Choice choice : choices) {
                    int at = right.indexOf(choice);
                    entries.put(choice.id(), at >= 0 ? rightShares.get(at) : wrongShares.get(wrong.indexOf(choice)).negate());
                }
                mapping(declaration, entries, null).setAttribute("lower-bound", "0");
                interaction.setAttribute(Qti.DATA_SCORING, "right-minus-wrong");
                yield Qti.MAP_RESPONSE;
            }
        };
        body.appendChild(interaction);
        choiceScoring(template, choices, "multiple");
    }

    private void warnIfCreditsIgnored(List<Choice> choices, String scoring) {
        boolean plain = choices.stream().allMatch(choice -> choice.isRight() ? choice.isFullCredit() : choice.credit().signum() == 0);
        if (!plain) {
            warnings.add("its option credits are not exported: " + scoring + " scoring only needs which options are"
                    + " right, and an import gives right options credit 1 and the others 0");
        }
    }

    private void trueFalse(TrueFalseQuestion trueFalse) {
        Element declaration = declaration(Qti.RESPONSE, "single", "identifier");
        correct(declaration, List.of(String.valueOf(trueFalse.answer())));
        List<Choice> choices = List.of(
                new Choice("true", "True", trueFalse.answer() ? BigDecimal.ONE : BigDecimal.ZERO, trueFalse.feedbackTrue()),
                new Choice("false", "False", trueFalse.answer() ? BigDecimal.ZERO : BigDecimal.ONE, trueFalse.feedbackFalse()));
        body.appendChild(choiceInteraction(choices, false, 1));
        choiceScoring(Qti.MATCH_CORRECT, choices, "single");
    }

    private Element choiceInteraction(List<Choice> choices, boolean shuffle, int maxChoices) {
        Element interaction = Qti.element(document, "qti-choice-interaction");
        interaction.setAttribute("response-identifier", Qti.RESPONSE);
        interaction.setAttribute("shuffle", String.valueOf(shuffle));
        interaction.setAttribute("max-choices", String.valueOf(maxChoices));
        for (Choice choice : choices) {
            identifier(choice.id(), "option id");
            Element simple = Qti.appendText(interaction, "qti-simple-choice", choice.text());
            simple.setAttribute("identifier", choice.id());
            if (!choice.feedback().isEmpty()) {
                Element feedback = Qti.appendText(simple, "qti-feedback-inline", choice.feedback());
                feedback.setAttribute("outcome-identifier", Qti.FEEDBACK);
                feedback.setAttribute("identifier", choice.id());
                feedback.setAttribute("show-hide", "show");
            }
        }
        return interaction;
    }

    /** The template; with option feedback, also its rules and FEEDBACK = RESPONSE so the chosen options' feedback shows. */
    private void choiceScoring(String template, List<Choice> choices, String cardinality) {
        processing.setAttribute("template", template);
        if (choices.stream().anyMatch(choice -> !choice.feedback().isEmpty())) {
            feedbackOutcome(cardinality);
            templateRules(template, Qti.RESPONSE);
            Element set = set(processing, Qti.FEEDBACK);
            variable(set, Qti.RESPONSE);
        }
    }

    /**
     * Declares a string response for typed answers: the first fully right answer as the correct response,
     * and every accepted answer in a mapping with its credit. Returns the answers mapped.
     */
    private Map<String, AcceptedAnswer> declareTextAnswers(String response, ShortAnswerQuestion shortAnswer) {
        Element declaration = declaration(response, "single", "string");
        Map<String, AcceptedAnswer> answers = mappableAnswers(shortAnswer.answers(), shortAnswer.matching());
        answers.values().stream().filter(answer -> answer.credit().compareTo(BigDecimal.ONE) == 0).findFirst()
                .ifPresent(answer -> correct(declaration, List.of(answer.text())));
        Element mapping = mapping(declaration, new LinkedHashMap<>(), null);
        for (AcceptedAnswer answer : answers.values()) {
            Element entry = Qti.append(mapping, "qti-map-entry");
            entry.setAttribute("map-key", answer.text());
            entry.setAttribute("mapped-value", Qti.plain(answer.credit()));
            entry.setAttribute("case-sensitive", String.valueOf(shortAnswer.matching().caseSensitive()));
        }
        return answers;
    }

    private void shortAnswer(ShortAnswerQuestion shortAnswer) {
        Map<String, AcceptedAnswer> answers = declareTextAnswers(Qti.RESPONSE, shortAnswer);
        Element interaction = textEntry(Qti.RESPONSE, shortAnswer.matching());
        Qti.append(body, "p").appendChild(interaction);
        processing.setAttribute("template", Qti.MAP_RESPONSE);
        List<AcceptedAnswer> withFeedback = answers.values().stream().filter(answer -> !answer.feedback().isEmpty()).toList();
        if (!withFeedback.isEmpty()) {
            // Which answer was given decides the feedback: string tests beside the template's own rules.
            feedbackOutcome("single");
            templateRules(Qti.MAP_RESPONSE, Qti.RESPONSE);
            Element condition = Qti.append(processing, "qti-response-condition");
            int number = 0;
            for (AcceptedAnswer answer : withFeedback) {
                String identifier = "answer-" + (++number);
                Element branch = Qti.append(condition, number == 1 ? "qti-response-if" : "qti-response-else-if");
                Element test = Qti.append(branch, "qti-string-match");
                test.setAttribute("case-sensitive", String.valueOf(shortAnswer.matching().caseSensitive()));
                variable(test, Qti.RESPONSE);
                baseValue(test, "string", answer.text());
                baseValue(set(branch, Qti.FEEDBACK), "identifier", identifier);
                modalFeedback(identifier, "show", answer.feedback());
            }
        }
    }

    /** The answers a QTI mapping can hold, by key; patterns and repeated keys are warned about and left out. */
    private Map<String, AcceptedAnswer> mappableAnswers(List<AcceptedAnswer> all, TextMatching matching) {
        var answers = new LinkedHashMap<String, AcceptedAnswer>();
        for (AcceptedAnswer answer : all) {
            String key = matching.caseSensitive() ? answer.text() : answer.text().toLowerCase(Locale.ROOT);
            if (answer.pattern()) {
                warnings.add("its pattern answer '" + answer.text() + "' is not exported: a QTI mapping matches whole answers,"
                        + " not wildcard patterns");
            } else if (answers.containsKey(key)) {
                warnings.add("its answer '" + answer.text() + "' is not exported: it repeats an earlier answer as QTI compares them");
            } else {
                answers.put(key, answer);
            }
        }
        return answers;
    }

    private Element textEntry(String response, TextMatching matching) {
        Element interaction = Qti.element(document, "qti-text-entry-interaction");
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
            warnings.add("it ignores accents in answers, which QTI cannot say: other QTI players will require the accents");
        }
        return interaction;
    }

    private void numeric(NumericQuestion numeric) {
        Element declaration = declaration(Qti.RESPONSE, "single", "float");
        warnUnits(numeric, "");
        List<NumericAnswer> answers = ladderOrder(numeric.answers(), "");
        correct(declaration, List.of(Qti.plain(answers.stream()
                .filter(answer -> answer.credit().compareTo(BigDecimal.ONE) == 0).findFirst().orElseThrow().value())));
        Qti.append(body, "p").appendChild(textEntry(Qti.RESPONSE, null));
        boolean feedback = answers.stream().anyMatch(answer -> !answer.feedback().isEmpty());
        if (feedback) {
            feedbackOutcome("single");
        }
        Element condition = Qti.append(processing, "qti-response-condition");
        int number = 0;
        for (NumericAnswer answer : answers) {
            Element branch = Qti.append(condition, number++ == 0 ? "qti-response-if" : "qti-response-else-if");
            equal(branch, Qti.RESPONSE, answer);
            baseValue(set(branch, Qti.SCORE), "float", Qti.plain(answer.credit()));
            if (!answer.feedback().isEmpty()) {
                String identifier = "answer-" + number;
                baseValue(set(branch, Qti.FEEDBACK), "identifier", identifier);
                modalFeedback(identifier, "show", answer.feedback());
            }
        }
        baseValue(set(Qti.append(condition, "qti-response-else"), Qti.SCORE), "float", "0");
    }

    private void warnUnits(NumericQuestion numeric, String where) {
        if (!numeric.units().isEmpty()) {
            warnings.add(where + "its units " + numeric.units().stream().map(unit -> unit.name()).toList()
                    + " are not exported: a QTI float response is a bare number");
        }
    }

    /**
     * The engine takes the accepting value with the highest credit; a QTI ladder takes the first that
     * accepts. Kept as authored when no two accepted ranges overlap, else ordered by credit, with a warning
     * when that changes the order: the grades stay the same, but an import reads the answers in the new order.
     */
    private List<NumericAnswer> ladderOrder(List<NumericAnswer> answers, String where) {
        for (int i = 0; i < answers.size(); i++) {
            for (int j = i + 1; j < answers.size(); j++) {
                if (overlap(answers.get(i), answers.get(j))) {
                    var sorted = new ArrayList<>(answers);
                    sorted.sort((a, b) -> b.credit().compareTo(a.credit()));
                    if (!sorted.equals(answers)) {
                        warnings.add(where + "its answers are exported highest credit first, so that QTI, which takes the first"
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

    private void equal(Element parent, String response, NumericAnswer answer) {
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
        variable(test, response);
        baseValue(test, "float", Qti.plain(answer.value()));
    }

    private void matching(MatchingQuestion matching) {
        Element declaration = declaration(Qti.RESPONSE, "multiple", "directedPair");
        var pairIds = new HashSet<String>();
        matching.pairs().forEach(pair -> pairIds.add(pair.id()));
        var answerIds = new LinkedHashMap<String, String>();
        for (String answer : matching.answerChoices()) {
            String id = "answer-" + (answerIds.size() + 1);
            while (pairIds.contains(id)) {
                id = id + "-a";
            }
            answerIds.put(answer, id);
        }
        var keys = new ArrayList<String>();
        for (MatchPair pair : matching.pairs()) {
            keys.add(pair.id() + " " + answerIds.get(pair.answer()));
        }
        correct(declaration, keys);
        var entries = new LinkedHashMap<String, BigDecimal>();
        List<BigDecimal> shares = shares(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            entries.put(keys.get(i), shares.get(i));
        }
        mapping(declaration, entries, null);
        Element interaction = Qti.append(body, "qti-match-interaction");
        interaction.setAttribute("response-identifier", Qti.RESPONSE);
        interaction.setAttribute("shuffle", String.valueOf(matching.shuffle()));
        interaction.setAttribute("max-associations", String.valueOf(matching.pairs().size()));
        Element prompts = Qti.append(interaction, "qti-simple-match-set");
        for (MatchPair pair : matching.pairs()) {
            identifier(pair.id(), "pair id");
            associable(prompts, pair.id(), pair.prompt(), 1);
        }
        Element targets = Qti.append(interaction, "qti-simple-match-set");
        answerIds.forEach((answer, id) -> associable(targets, id, answer, matching.pairs().size()));
        processing.setAttribute("template", Qti.MAP_RESPONSE);
        outcomeFeedback(matching.feedback(), Qti.MAP_RESPONSE);
    }

    private static void associable(Element set, String id, String text, int matchMax) {
        Element choice = Qti.appendText(set, "qti-simple-associable-choice", text);
        choice.setAttribute("identifier", id);
        choice.setAttribute("match-max", String.valueOf(matchMax));
    }

    private void ordering(OrderingQuestion ordering) {
        Element declaration = declaration(Qti.RESPONSE, "ordered", "identifier");
        correct(declaration, ordering.items().stream().map(OrderItem::id).toList());
        Element interaction = Qti.append(body, "qti-order-interaction");
        interaction.setAttribute("response-identifier", Qti.RESPONSE);
        interaction.setAttribute("shuffle", "true");
        for (OrderItem orderItem : ordering.items()) {
            identifier(orderItem.id(), "item id");
            Qti.appendText(interaction, "qti-simple-choice", orderItem.text()).setAttribute("identifier", orderItem.id());
        }
        if (ordering.scoring() != OrderingScoring.ALL_OR_NOTHING) {
            String scoring = ordering.scoring().name().toLowerCase(Locale.ROOT).replace('_', '-');
            interaction.setAttribute(Qti.DATA_SCORING, scoring);
            warnings.add("it is scored " + scoring + ", which the QTI templates cannot say: other QTI players give all or"
                    + " nothing (match_correct); Sala reads the scoring back from " + Qti.DATA_SCORING);
        }
        processing.setAttribute("template", Qti.MATCH_CORRECT);
        outcomeFeedback(ordering.feedback(), Qti.MATCH_CORRECT);
    }

    /** Feedback for a right, partly right or wrong response, chosen by SCORE after the template's rules. */
    private void outcomeFeedback(OutcomeFeedback feedback, String template) {
        if (feedback.equals(OutcomeFeedback.NONE)) {
            return;
        }
        feedbackOutcome("single");
        templateRules(template, Qti.RESPONSE);
        Element condition = Qti.append(processing, "qti-response-condition");
        Element right = Qti.append(condition, "qti-response-if");
        Element full = Qti.append(right, "qti-gte");
        variable(full, Qti.SCORE);
        baseValue(full, "float", "1");
        baseValue(set(right, Qti.FEEDBACK), "identifier", Qti.CORRECT);
        Element partly = Qti.append(condition, "qti-response-else-if");
        Element some = Qti.append(partly, "qti-gt");
        variable(some, Qti.SCORE);
        baseValue(some, "float", "0");
        baseValue(set(partly, Qti.FEEDBACK), "identifier", Qti.PARTIALLY_CORRECT);
        baseValue(set(Qti.append(condition, "qti-response-else"), Qti.FEEDBACK), "identifier", Qti.INCORRECT);
        for (String[] text : new String[][] {{Qti.CORRECT, feedback.right()}, {Qti.PARTIALLY_CORRECT, feedback.partlyRight()},
                {Qti.INCORRECT, feedback.wrong()}}) {
            if (!text[1].isEmpty()) {
                modalFeedback(text[0], "show", text[1]);
            }
        }
    }

    private void cloze(ClozeQuestion cloze) {
        Map<String, Gap> gaps = new LinkedHashMap<>();
        cloze.gaps().forEach(gap -> gaps.put(gap.id(), gap));
        Element text = Qti.append(body, "div");
        text.setAttribute("class", Qti.CLOZE_CLASS);
        for (String paragraph : BodyText.paragraphs(cloze.text())) {
            Element p = Qti.append(text, "p");
            Matcher marker = ClozeQuestion.MARKER.matcher(paragraph);
            int from = 0;
            while (marker.find()) {
                p.appendChild(document.createTextNode(paragraph.substring(from, marker.start())));
                p.appendChild(gapInteraction(gaps.get(marker.group(1))));
                from = marker.end();
            }
            p.appendChild(document.createTextNode(paragraph.substring(from)));
        }
        // SCORE = (sum of weight × gap credit) / total weight.
        BigDecimal total = BigDecimal.ZERO;
        for (Gap gap : cloze.gaps()) {
            total = total.add(gap.weight());
            String response = gapResponse(gap.id());
            if (gap.question() instanceof NumericQuestion numeric) {
                Element condition = Qti.append(processing, "qti-response-condition");
                int number = 0;
                for (NumericAnswer answer : ladderOrder(numeric.answers(), "its gap '" + gap.id() + "': ")) {
                    Element branch = Qti.append(condition, number++ == 0 ? "qti-response-if" : "qti-response-else-if");
                    equal(branch, response, answer);
                    Element sum = Qti.append(set(branch, Qti.SCORE), "qti-sum");
                    variable(sum, Qti.SCORE);
                    Element product = Qti.append(sum, "qti-product");
                    baseValue(product, "float", Qti.plain(gap.weight()));
                    baseValue(product, "float", Qti.plain(answer.credit()));
                }
            } else {
                Element sum = Qti.append(set(processing, Qti.SCORE), "qti-sum");
                variable(sum, Qti.SCORE);
                Element product = Qti.append(sum, "qti-product");
                baseValue(product, "float", Qti.plain(gap.weight()));
                Qti.append(product, "qti-map-response").setAttribute("identifier", response);
            }
        }
        if (total.compareTo(BigDecimal.ONE) != 0) {
            Element divide = Qti.append(set(processing, Qti.SCORE), "qti-divide");
            variable(divide, Qti.SCORE);
            baseValue(divide, "float", Qti.plain(total));
        }
    }

    static String gapResponse(String gapId) {
        return Qti.RESPONSE + "_" + gapId;
    }

    private Element gapInteraction(Gap gap) {
        String response = gapResponse(gap.id());
        String where = "its gap '" + gap.id() + "': ";
        if (!gap.question().generalFeedback().isEmpty() || !gap.question().hints().isEmpty()) {
            warnings.add(where + "the gap's own feedback and hints are not exported");
        }
        return switch (gap.question()) {
            case SingleChoiceQuestion single -> {
                Element declaration = declaration(response, "single", "identifier");
                correct(declaration, List.of(single.choices().stream().filter(Choice::isFullCredit).findFirst().orElseThrow().id()));
                mapping(declaration, creditsOf(single.choices()), null);
                Element interaction = Qti.element(document, "qti-inline-choice-interaction");
                interaction.setAttribute("response-identifier", response);
                interaction.setAttribute("shuffle", String.valueOf(single.shuffle()));
                for (Choice choice : single.choices()) {
                    identifier(choice.id(), "option id");
                    Qti.appendText(interaction, "qti-inline-choice", choice.text()).setAttribute("identifier", choice.id());
                    if (!choice.feedback().isEmpty()) {
                        warnings.add(where + "feedback on option '" + choice.id() + "' is not exported");
                    }
                }
                yield interaction;
            }
            case ShortAnswerQuestion shortAnswer -> {
                for (AcceptedAnswer answer : declareTextAnswers(response, shortAnswer).values()) {
                    if (!answer.feedback().isEmpty()) {
                        warnings.add(where + "feedback on answer '" + answer.text() + "' is not exported");
                    }
                }
                yield textEntry(response, shortAnswer.matching());
            }
            case NumericQuestion numeric -> {
                Element declaration = declaration(response, "single", "float");
                warnUnits(numeric, where);
                correct(declaration, List.of(Qti.plain(numeric.answers().stream()
                        .filter(answer -> answer.credit().compareTo(BigDecimal.ONE) == 0).findFirst().orElseThrow().value())));
                numeric.answers().stream().filter(answer -> !answer.feedback().isEmpty()).forEach(answer ->
                        warnings.add(where + "feedback on value " + answer.value().toPlainString() + " is not exported"));
                yield textEntry(response, null);
            }
            default -> throw new IllegalStateException("a gap holds " + gap.question().getClass().getSimpleName());
        };
    }

    // --------------------------------------------------------------------------------------------- helpers

    private void identifier(String id, String what) {
        if (!Qti.isIdentifier(id)) {
            warnings.add(what + " '" + id + "' is not a valid QTI identifier (an XML name: a letter or '_' first, no spaces);"
                    + " strict QTI validators will refuse the item");
        }
    }

    private void feedbackOutcome(String cardinality) {
        if (feedbackCardinality == null || cardinality.equals("multiple")) {
            feedbackCardinality = cardinality;
        }
    }

    private Element declaration(String identifier, String cardinality, String baseType) {
        Element declaration = Qti.element(document, "qti-response-declaration");
        declaration.setAttribute("identifier", identifier);
        declaration.setAttribute("cardinality", cardinality);
        declaration.setAttribute("base-type", baseType);
        responses.add(declaration);
        return declaration;
    }

    private static void correct(Element declaration, List<String> values) {
        Element correct = Qti.append(declaration, "qti-correct-response");
        values.forEach(value -> Qti.appendText(correct, "qti-value", value));
    }

    private static Map<String, BigDecimal> creditsOf(List<Choice> choices) {
        var credits = new LinkedHashMap<String, BigDecimal>();
        choices.stream().filter(choice -> choice.credit().signum() != 0).forEach(choice -> credits.put(choice.id(), choice.credit()));
        return credits;
    }

    private static Element mapping(Element declaration, Map<String, BigDecimal> entries, Boolean caseSensitive) {
        Element mapping = Qti.append(declaration, "qti-mapping");
        mapping.setAttribute("default-value", "0");
        entries.forEach((key, value) -> {
            Element entry = Qti.append(mapping, "qti-map-entry");
            entry.setAttribute("map-key", key);
            entry.setAttribute("mapped-value", Qti.plain(value));
            if (caseSensitive != null) {
                entry.setAttribute("case-sensitive", caseSensitive.toString());
            }
        });
        return mapping;
    }

    /** {@code count} equal shares of 1 that add up to exactly 1 (the last takes the rounding). */
    private static List<BigDecimal> shares(int count) {
        var shares = new ArrayList<BigDecimal>();
        if (count == 0) {
            return shares;
        }
        BigDecimal share = Decimals.ratio(1, count);
        for (int i = 0; i < count - 1; i++) {
            shares.add(share);
        }
        shares.add(Decimals.canonical(BigDecimal.ONE.subtract(share.multiply(BigDecimal.valueOf(count - 1)))));
        return shares;
    }

    private void modalFeedback(String identifier, String showHide, String text) {
        Element feedback = Qti.element(document, "qti-modal-feedback");
        feedback.setAttribute("outcome-identifier", Qti.FEEDBACK);
        feedback.setAttribute("identifier", identifier);
        feedback.setAttribute("show-hide", showHide);
        BodyText.appendParagraphs(Qti.append(feedback, "qti-content-body"), text);
        modal.add(feedback);
    }

    /** The rules a template stands for, written out so that more rules can follow them. */
    private void templateRules(String template, String response) {
        Element condition = Qti.append(processing, "qti-response-condition");
        Element first = Qti.append(condition, "qti-response-if");
        Element otherwise = Qti.append(condition, "qti-response-else");
        if (template.equals(Qti.MATCH_CORRECT)) {
            Element match = Qti.append(first, "qti-match");
            variable(match, response);
            Qti.append(match, "qti-correct").setAttribute("identifier", response);
            baseValue(set(first, Qti.SCORE), "float", "1");
            baseValue(set(otherwise, Qti.SCORE), "float", "0");
        } else {
            variable(Qti.append(first, "qti-is-null"), response);
            baseValue(set(first, Qti.SCORE), "float", "0");
            Qti.append(set(otherwise, Qti.SCORE), "qti-map-response").setAttribute("identifier", response);
        }
    }

    private static Element set(Element parent, String outcome) {
        Element set = Qti.append(parent, "qti-set-outcome-value");
        set.setAttribute("identifier", outcome);
        return set;
    }

    private static void variable(Element parent, String identifier) {
        Qti.append(parent, "qti-variable").setAttribute("identifier", identifier);
    }

    private static void baseValue(Element parent, String baseType, String value) {
        Qti.appendText(parent, "qti-base-value", value).setAttribute("base-type", baseType);
    }
}

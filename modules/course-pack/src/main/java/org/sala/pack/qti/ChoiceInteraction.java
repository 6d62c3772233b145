package org.sala.pack.qti;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sala.engine.question.Choice;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.MultipleChoiceScoring;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.qti.ResponseRules.Branch;
import org.sala.pack.qti.ResponseRules.Scoring;
import org.sala.pack.qti.ResponseRules.Test;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Element;

/**
 * {@code qti-choice-interaction}, both ways: single choice ({@code max-choices="1"}, a single identifier
 * response), multiple choice ({@code max-choices="0"}, a multiple response) and true/false (a single choice
 * between options identified {@code true} and {@code false}; any such item reads back as true/false).
 *
 * <p>Scoring: {@code match_correct} when it says all (one right option, or all or nothing), else
 * {@code map_response} with each option's credit as its mapped value. Right minus wrong is a mapping with
 * each right option worth its share of 1 and each wrong one costing its share, {@code lower-bound="0"}:
 * the same rule exactly, marked {@code data-sala-scoring} so that Sala reads it back as authored. Option
 * feedback is {@code qti-feedback-inline} inside the option, shown by {@code FEEDBACK = RESPONSE}.
 */
final class ChoiceInteraction {

    private ChoiceInteraction() {
    }

    // ------------------------------------------------------------------------------------------- reading

    static Optional<Question> read(ItemSource item, Element interaction, QuestionBasics basics, ScoredResponse response) {
        boolean shuffle = Qti.isTrue(interaction, "shuffle");
        return response.declaration().getAttribute("cardinality").equals("multiple")
                ? multipleChoice(item, interaction, basics, response, shuffle)
                : singleChoice(item, interaction, basics, response, shuffle);
    }

    private static Optional<Question> singleChoice(ItemSource item, Element interaction, QuestionBasics basics,
                                                   ScoredResponse response, boolean shuffle) {
        List<Element> options = SafeXml.children(interaction, "qti-simple-choice");
        Map<String, BigDecimal> credits = credits(item, response, ids(options), false);
        if (credits == null) {
            return Optional.empty();
        }
        List<Choice> choices = choices(item, options, credits);
        boolean trueFalse = choices.size() == 2 && Set.copyOf(ids(options)).equals(Set.of("true", "false"))
                && Set.of(credits.getOrDefault("true", BigDecimal.ZERO), credits.getOrDefault("false", BigDecimal.ZERO))
                        .equals(Set.of(BigDecimal.ONE, BigDecimal.ZERO));
        if (trueFalse) {
            Choice yes = choices.get(choices.get(0).id().equals("true") ? 0 : 1);
            Choice no = choices.get(choices.get(0).id().equals("true") ? 1 : 0);
            return Optional.of(new TrueFalseQuestion(basics, yes.isFullCredit(), yes.feedback(), no.feedback()));
        }
        return Optional.of(new SingleChoiceQuestion(basics, choices, shuffle));
    }

    private static Optional<Question> multipleChoice(ItemSource item, Element interaction, QuestionBasics basics,
                                                     ScoredResponse response, boolean shuffle) {
        List<Element> options = SafeXml.children(interaction, "qti-simple-choice");
        boolean rightMinusWrong = "right-minus-wrong".equals(interaction.getAttribute(Qti.DATA_SCORING));
        Map<String, BigDecimal> credits = credits(item, response, ids(options), true);
        if (credits == null) {
            return Optional.empty();
        }
        MultipleChoiceScoring how = switch (response.scoring()) {
            case Scoring.MatchCorrect all -> MultipleChoiceScoring.ALL_OR_NOTHING;
            case Scoring.Mapped mapped -> rightMinusWrong ? MultipleChoiceScoring.RIGHT_MINUS_WRONG : MultipleChoiceScoring.OPTION_PERCENTAGES;
            case Scoring.Ladder ladder -> MultipleChoiceScoring.OPTION_PERCENTAGES;
        };
        if (how == MultipleChoiceScoring.RIGHT_MINUS_WRONG) {
            // The mapping carries right-minus-wrong's shares; the question needs only which options are right.
            credits.replaceAll((option, credit) -> credit.signum() > 0 ? BigDecimal.ONE : BigDecimal.ZERO);
        }
        return Optional.of(new MultipleChoiceQuestion(basics, choices(item, options, credits), how, shuffle));
    }

    /** The options with their credits, and their feedback: inline, else modal feedback named by the option. */
    private static List<Choice> choices(ItemSource item, List<Element> options, Map<String, BigDecimal> credits) {
        var choices = new ArrayList<Choice>();
        for (Element option : options) {
            String optionId = option.getAttribute("identifier");
            String feedback = Qti.descendants(option, "qti-feedback-inline").stream().map(item::text)
                    .reduce((a, b) -> a + "\n\n" + b).orElse("");
            if (feedback.isEmpty()) {
                feedback = item.feedback(optionId);
            }
            choices.add(new Choice(optionId, item.choiceText(option), credits.getOrDefault(optionId, BigDecimal.ZERO), feedback));
        }
        return choices;
    }

    static List<String> ids(List<Element> options) {
        return options.stream().map(option -> option.getAttribute("identifier")).toList();
    }

    /**
     * Credits of the options of a choice interaction (inline ones too), by option id.
     *
     * @return null after reporting an error
     */
    static Map<String, BigDecimal> credits(ItemSource item, ScoredResponse response, List<String> options, boolean multiple) {
        Element declaration = response.declaration();
        var credits = new LinkedHashMap<String, BigDecimal>();
        switch (response.scoring()) {
            case Scoring.MatchCorrect all -> ResponseValues.correctValues(declaration).forEach(value -> credits.put(value, BigDecimal.ONE));
            case Scoring.Mapped mapped -> {
                ResponseValues.Mapping mapping = ResponseValues.mapping(item, declaration);
                BigDecimal best = multiple
                        ? mapping.entries().values().stream().filter(value -> value.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add)
                        : mapping.entries().values().stream().reduce(BigDecimal.ZERO, BigDecimal::max);
                if (multiple && mapping.upperBound().isPresent() && mapping.upperBound().get().compareTo(best) < 0
                        && best.compareTo(BigDecimal.ONE) > 0) {
                    item.warning(declaration, "item '" + item.id() + "': its mapping is capped at "
                            + mapping.upperBound().get().toPlainString() + "; Sala reads each option's value as its share of "
                            + best.toPlainString());
                }
                BigDecimal scale = ResponseValues.scale(item, declaration, best);
                mapping.entries().forEach((key, value) -> credits.put(key, ResponseValues.share(value, scale)));
            }
            case Scoring.Ladder ladder -> {
                for (Branch branch : ladder.branches()) {
                    switch (branch.test()) {
                        case Test.Match match -> credits.putIfAbsent(match.value(), branch.credit());
                        case Test.Correct correct -> ResponseValues.correctValues(declaration)
                                .forEach(value -> credits.putIfAbsent(value, branch.credit()));
                        default -> {
                            item.error(declaration, "item '" + item.id() + "': options are tested with match, not as numbers or text");
                            return null;
                        }
                    }
                }
            }
        }
        for (String key : credits.keySet()) {
            if (!options.contains(key)) {
                item.error(declaration, "item '" + item.id() + "': response value '" + key + "' names no choice of the interaction");
                return null;
            }
        }
        return credits;
    }

    // ------------------------------------------------------------------------------------------- writing

    static void write(ItemDraft draft, SingleChoiceQuestion single) {
        Element declaration = draft.declaration(Qti.RESPONSE, "single", "identifier");
        List<Choice> choices = single.choices();
        ItemDraft.correct(declaration, List.of(choices.stream().filter(Choice::isFullCredit).findFirst().orElseThrow().id()));
        boolean allOrNothing = choices.stream().allMatch(choice -> choice.credit().signum() == 0 || choice.isFullCredit())
                && choices.stream().filter(Choice::isFullCredit).count() == 1;
        if (!allOrNothing) {
            ItemDraft.mapping(declaration, ItemDraft.creditsOf(choices));
        }
        if (choices.size() == 2 && Set.of("true", "false").equals(Set.of(choices.get(0).id(), choices.get(1).id()))) {
            draft.warn("its options have the ids 'true' and 'false', so QTI importers (Sala's too) read it as a"
                    + " true/false question");
        }
        Element interaction = interaction(draft, choices, single.shuffle(), 1);
        draft.body().appendChild(interaction);
        scoring(draft, allOrNothing ? Qti.MATCH_CORRECT : Qti.MAP_RESPONSE, choices, "single");
    }

    static void write(ItemDraft draft, MultipleChoiceQuestion multiple) {
        Element declaration = draft.declaration(Qti.RESPONSE, "multiple", "identifier");
        List<Choice> choices = multiple.choices();
        ItemDraft.correct(declaration, choices.stream().filter(Choice::isRight).map(Choice::id).toList());
        Element interaction = interaction(draft, choices, multiple.shuffle(), 0);
        String template = switch (multiple.scoring()) {
            case ALL_OR_NOTHING -> {
                warnIfCreditsIgnored(draft, choices, "all-or-nothing");
                yield Qti.MATCH_CORRECT;
            }
            case OPTION_PERCENTAGES -> {
                ItemDraft.mapping(declaration, ItemDraft.creditsOf(choices));
                yield Qti.MAP_RESPONSE;
            }
            case RIGHT_MINUS_WRONG -> {
                // Each right option earns its share, each wrong one costs its share, never below zero: that is
                // right-minus-wrong exactly, so any QTI player grades it as Sala does.
                warnIfCreditsIgnored(draft, choices, "right-minus-wrong");
                List<Choice> right = choices.stream().filter(Choice::isRight).toList();
                List<Choice> wrong = choices.stream().filter(choice -> !choice.isRight()).toList();
                var entries = new LinkedHashMap<String, BigDecimal>();
                List<BigDecimal> rightShares = ItemDraft.shares(right.size());
                List<BigDecimal> wrongShares = ItemDraft.shares(wrong.size());
                for (Choice choice : choices) {
                    int at = right.indexOf(choice);
                    entries.put(choice.id(), at >= 0 ? rightShares.get(at) : wrongShares.get(wrong.indexOf(choice)).negate());
                }
                ItemDraft.mapping(declaration, entries).setAttribute("lower-bound", "0");
                interaction.setAttribute(Qti.DATA_SCORING, "right-minus-wrong");
                yield Qti.MAP_RESPONSE;
            }
        };
        draft.body().appendChild(interaction);
        scoring(draft, template, choices, "multiple");
    }

    private static void warnIfCreditsIgnored(ItemDraft draft, List<Choice> choices, String scoring) {
        boolean plain = choices.stream().allMatch(choice -> choice.isRight() ? choice.isFullCredit() : choice.credit().signum() == 0);
        if (!plain) {
            draft.warn("its option credits are not exported: " + scoring + " scoring only needs which options are"
                    + " right, and an import gives right options credit 1 and the others 0");
        }
    }

    static void write(ItemDraft draft, TrueFalseQuestion trueFalse) {
        Element declaration = draft.declaration(Qti.RESPONSE, "single", "identifier");
        ItemDraft.correct(declaration, List.of(String.valueOf(trueFalse.answer())));
        List<Choice> choices = List.of(
                new Choice("true", "True", trueFalse.answer() ? BigDecimal.ONE : BigDecimal.ZERO, trueFalse.feedbackTrue()),
                new Choice("false", "False", trueFalse.answer() ? BigDecimal.ZERO : BigDecimal.ONE, trueFalse.feedbackFalse()));
        draft.body().appendChild(interaction(draft, choices, false, 1));
        scoring(draft, Qti.MATCH_CORRECT, choices, "single");
    }

    private static Element interaction(ItemDraft draft, List<Choice> choices, boolean shuffle, int maxChoices) {
        Element interaction = draft.element(InteractionKind.CHOICE.element());
        interaction.setAttribute("response-identifier", Qti.RESPONSE);
        interaction.setAttribute("shuffle", String.valueOf(shuffle));
        interaction.setAttribute("max-choices", String.valueOf(maxChoices));
        for (Choice choice : choices) {
            draft.identifier(choice.id(), "option id");
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
    private static void scoring(ItemDraft draft, String template, List<Choice> choices, String cardinality) {
        draft.processing().setAttribute("template", template);
        if (choices.stream().anyMatch(choice -> !choice.feedback().isEmpty())) {
            draft.feedbackOutcome(cardinality);
            draft.templateRules(template, Qti.RESPONSE);
            Element set = ItemDraft.set(draft.processing(), Qti.FEEDBACK);
            ItemDraft.variable(set, Qti.RESPONSE);
        }
    }
}

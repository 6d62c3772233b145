package org.sala.pack.qti;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sala.engine.question.Choice;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Element;

/**
 * {@code qti-inline-choice-interaction}, both ways: a single-choice gap of a cloze text, its options as
 * {@code qti-inline-choice}s, its response declared with the right option as the correct response and
 * every credit in a mapping. An inline choice has no place for option feedback, which is warned about.
 */
final class InlineChoiceInteraction {

    private InlineChoiceInteraction() {
    }

    static Optional<Question> read(ItemSource item, QuestionBasics basics, Element interaction) {
        Optional<ScoredResponse> response = item.response(interaction);
        if (response.isEmpty()) {
            return Optional.empty();
        }
        List<Element> options = SafeXml.children(interaction, "qti-inline-choice");
        Map<String, BigDecimal> credits = ChoiceInteraction.credits(item, response.get(), ChoiceInteraction.ids(options), false);
        if (credits == null) {
            return Optional.empty();
        }
        var choices = new ArrayList<Choice>();
        for (Element option : options) {
            String optionId = option.getAttribute("identifier");
            choices.add(new Choice(optionId, item.choiceText(option), credits.getOrDefault(optionId, BigDecimal.ZERO), ""));
        }
        return Optional.of(new SingleChoiceQuestion(basics, choices, Qti.isTrue(interaction, "shuffle")));
    }

    static Element gap(ItemDraft draft, String response, SingleChoiceQuestion single, String where) {
        Element declaration = draft.declaration(response, "single", "identifier");
        ItemDraft.correct(declaration, List.of(single.choices().stream().filter(Choice::isFullCredit).findFirst().orElseThrow().id()));
        ItemDraft.mapping(declaration, ItemDraft.creditsOf(single.choices()));
        Element interaction = draft.element(InteractionKind.INLINE_CHOICE.element());
        interaction.setAttribute("response-identifier", response);
        interaction.setAttribute("shuffle", String.valueOf(single.shuffle()));
        for (Choice choice : single.choices()) {
            draft.identifier(choice.id(), "option id");
            Qti.appendText(interaction, "qti-inline-choice", choice.text()).setAttribute("identifier", choice.id());
            if (!choice.feedback().isEmpty()) {
                draft.warn(where + "feedback on option '" + choice.id() + "' is not exported");
            }
        }
        return interaction;
    }
}

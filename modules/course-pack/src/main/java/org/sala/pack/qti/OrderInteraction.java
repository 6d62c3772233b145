package org.sala.pack.qti;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sala.engine.question.OrderItem;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.OrderingScoring;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionBasics;
import org.sala.pack.qti.ResponseRules.Scoring;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Element;

/**
 * {@code qti-order-interaction}, both ways: an ordering question as an ordered response whose correct
 * response is the right order, scored {@code match_correct}. Scoring by items in place or by adjacent
 * pairs, which the templates cannot say, is kept in {@code data-sala-scoring} and warned about. Feedback by
 * outcome is modal feedback chosen by {@code SCORE}.
 */
final class OrderInteraction {

    private OrderInteraction() {
    }

    static Optional<Question> read(ItemSource item, Element interaction, QuestionBasics basics, ScoredResponse response) {
        Map<String, OrderItem> items = new LinkedHashMap<>();
        for (Element option : SafeXml.children(interaction, "qti-simple-choice")) {
            items.put(option.getAttribute("identifier"), new OrderItem(option.getAttribute("identifier"), item.choiceText(option)));
        }
        List<String> order = ResponseValues.correctValues(response.declaration());
        if (!(response.scoring() instanceof Scoring.MatchCorrect) || !new HashSet<>(order).equals(items.keySet())
                || order.size() != items.size()) {
            item.error(interaction, "item '" + item.id() + "': an order interaction is read with match_correct and a correct response"
                    + " that orders every choice once");
            return Optional.empty();
        }
        OrderingScoring how = switch (interaction.getAttribute(Qti.DATA_SCORING)) {
            case "items-in-place" -> OrderingScoring.ITEMS_IN_PLACE;
            case "adjacent-pairs" -> OrderingScoring.ADJACENT_PAIRS;
            default -> OrderingScoring.ALL_OR_NOTHING;
        };
        return Optional.of(new OrderingQuestion(basics, order.stream().map(items::get).toList(), how, item.outcomeFeedback()));
    }

    static void write(ItemDraft draft, OrderingQuestion ordering) {
        Element declaration = draft.declaration(Qti.RESPONSE, "ordered", "identifier");
        ItemDraft.correct(declaration, ordering.items().stream().map(OrderItem::id).toList());
        Element interaction = Qti.append(draft.body(), InteractionKind.ORDER.element());
        interaction.setAttribute("response-identifier", Qti.RESPONSE);
        interaction.setAttribute("shuffle", "true");
        for (OrderItem orderItem : ordering.items()) {
            draft.identifier(orderItem.id(), "item id");
            Qti.appendText(interaction, "qti-simple-choice", orderItem.text()).setAttribute("identifier", orderItem.id());
        }
        if (ordering.scoring() != OrderingScoring.ALL_OR_NOTHING) {
            String scoring = ordering.scoring().name().toLowerCase(Locale.ROOT).replace('_', '-');
            interaction.setAttribute(Qti.DATA_SCORING, scoring);
            draft.warn("it is scored " + scoring + ", which the QTI templates cannot say: other QTI players give all or"
                    + " nothing (match_correct); Sala reads the scoring back from " + Qti.DATA_SCORING);
        }
        draft.processing().setAttribute("template", Qti.MATCH_CORRECT);
        draft.outcomeFeedback(ordering.feedback(), Qti.MATCH_CORRECT);
    }
}

package org.sala.pack.qti;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionBasics;
import org.sala.pack.Problem;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads one QTI 3.0 {@code qti-assessment-item} into a Sala question, reporting every problem at
 * {@code file:line:column}. An item the mapping cannot carry (an unsupported interaction, response
 * processing it cannot read, a question the engine would refuse) gives errors and no question; what is
 * only approximated or left out gives warnings.
 *
 * <p>Which question an item becomes is decided by its interactions, and each interaction's class reads it:
 * one choice interaction ({@link ChoiceInteraction}: single choice, multiple choice or true/false), one
 * order ({@link OrderInteraction}) or match interaction ({@link MatchInteraction}), one text-entry
 * interaction that ends its paragraph ({@link TextEntryInteraction}: short answer or numeric), or else
 * inline text-entry and inline-choice interactions within text, which make a cloze text
 * ({@link ClozeText}; {@code <div class="sala-cloze">} marks Sala's own, separating the text from the
 * prompt).
 */
final class ItemReader {

    private ItemReader() {
    }

    /** How a block interaction becomes a question once its response and the question's basics are read. */
    @FunctionalInterface
    private interface BlockReader {
        Optional<Question> read(ItemSource item, Element interaction, QuestionBasics basics, ScoredResponse response);
    }

    static Optional<Question> read(String file, String xml, List<Problem> problems) {
        SafeXml.Parsed parsed = SafeXml.parse(file, xml);
        problems.addAll(parsed.problems());
        if (parsed.document().isEmpty()) {
            return Optional.empty();
        }
        Optional<ItemSource> item = ItemSource.open(file, problems, parsed.document().get().getDocumentElement());
        if (item.isEmpty()) {
            return Optional.empty();
        }
        try {
            return read(item.get());
        } catch (IllegalArgumentException refused) {
            // The engine refused what the item says (no right answer, a credit out of range): not a Sala question.
            item.get().error(item.get().root(), "item '" + item.get().id() + "' cannot become a Sala question: " + refused.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Question> read(ItemSource item) {
        Optional<Element> body = SafeXml.child(item.root(), "qti-item-body");
        if (body.isEmpty()) {
            item.error(item.root(), "item '" + item.id() + "' has no qti-item-body");
            return Optional.empty();
        }
        var interactions = new LinkedHashMap<Element, InteractionKind>();
        boolean unsupported = false;
        for (Element element : all(body.get())) {
            Optional<InteractionKind> kind = InteractionKind.of(element);
            String local = SafeXml.localName(element);
            if (kind.isPresent()) {
                interactions.put(element, kind.get());
            } else if (local.endsWith("-interaction")) {
                item.error(element, "item '" + item.id() + "': " + local + " is not supported; Sala imports choice, order, match,"
                        + " text-entry and inline-choice interactions");
                unsupported = true;
            }
        }
        if (unsupported) {
            return Optional.empty();
        }
        if (interactions.isEmpty()) {
            item.error(body.get(), "item '" + item.id() + "' has no interaction to answer");
            return Optional.empty();
        }
        if (!item.readRules()) {
            return Optional.empty();
        }
        Element clozeText = Qti.descendants(body.get(), "div").stream()
                .filter(div -> List.of(div.getAttribute("class").split("\\s+")).contains(Qti.CLOZE_CLASS)).findFirst().orElse(null);
        Optional<Question> question;
        if (interactions.size() == 1) {
            var only = interactions.entrySet().iterator().next();
            question = alone(item, body.get(), clozeText, only.getKey(), only.getValue());
        } else if (interactions.values().stream().allMatch(InteractionKind::isInline)) {
            question = ClozeText.read(item, body.get(), clozeText, interactions);
        } else {
            item.error(body.get(), "item '" + item.id() + "' has " + interactions.size() + " interactions; Sala imports items"
                    + " with one choice, order, match or text-entry interaction, or with gaps in a text (a cloze)");
            return Optional.empty();
        }
        item.warnUnusedFeedback();
        return question;
    }

    /** The question of an item with one interaction: a gap alone in a text is still a cloze. */
    private static Optional<Question> alone(ItemSource item, Element body, Element clozeText, Element interaction,
                                            InteractionKind kind) {
        return switch (kind) {
            case CHOICE -> block(item, body, interaction, ChoiceInteraction::read);
            case ORDER -> block(item, body, interaction, OrderInteraction::read);
            case MATCH -> block(item, body, interaction, MatchInteraction::read);
            case TEXT_ENTRY -> clozeText == null && endsItsParagraph(interaction) ? TextEntryInteraction.read(item, body, interaction)
                    : ClozeText.read(item, body, clozeText, Map.of(interaction, kind));
            case INLINE_CHOICE -> ClozeText.read(item, body, clozeText, Map.of(interaction, kind));
        };
    }

    /** A block interaction's question: its response first, then the basics with the interaction's own prompt. */
    private static Optional<Question> block(ItemSource item, Element body, Element interaction, BlockReader reader) {
        Optional<ScoredResponse> response = item.response(interaction);
        if (response.isEmpty()) {
            return Optional.empty();
        }
        String prompt = item.prompt(interaction);
        QuestionBasics basics = item.basics(body, prompt.isEmpty() ? List.of() : List.of(prompt), Set.of());
        return reader.read(item, interaction, basics, response.get());
    }

    /** No text follows the entry in its paragraph ("Which river? [___]"): a question, not a gap in a text. */
    private static boolean endsItsParagraph(Element interaction) {
        for (Node next = interaction.getNextSibling(); next != null; next = next.getNextSibling()) {
            if (!next.getTextContent().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<Element> all(Element root) {
        var found = new ArrayList<Element>();
        for (Element child : Qti.elements(root)) {
            found.add(child);
            found.addAll(all(child));
        }
        return found;
    }
}

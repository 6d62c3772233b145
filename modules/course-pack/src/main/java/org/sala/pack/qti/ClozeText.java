package org.sala.pack.qti;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.Gap;
import org.sala.engine.question.NumericAnswer;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Element;

/**
 * A cloze question, both ways: the text in {@code <div class="sala-cloze">}, each gap an inline
 * interaction where its marker stands ({@link InlineChoiceInteraction} for a single choice,
 * {@link TextEntryInteraction} for a short answer or a number) with its own response declaration
 * {@code RESPONSE_<gap>}. The score is {@code sum(weight × gap credit) / total weight}, in rules Sala also
 * reads. Read without the {@code div} (an item Sala did not write), the paragraphs before the first gap
 * are the prompt and the rest is the text.
 */
final class ClozeText {

    private ClozeText() {
    }

    // ------------------------------------------------------------------------------------------- reading

    /**
     * @param clozeText    Sala's {@code div} around the text, or null
     * @param interactions the gaps, in document order, each an inline interaction
     */
    static Optional<Question> read(ItemSource item, Element body, Element clozeText, Map<Element, InteractionKind> interactions) {
        var gapIds = new LinkedHashMap<Element, String>();
        for (Element interaction : interactions.keySet()) {
            String response = interaction.getAttribute("response-identifier");
            String gapId = response.startsWith(Qti.RESPONSE + "_") ? response.substring(Qti.RESPONSE.length() + 1) : response;
            gapIds.put(interaction, gapId.replaceAll("[^A-Za-z0-9_-]", "-"));
        }
        BodyText marked = item.bodyText(element -> gapIds.containsKey(element)
                ? Optional.of("{{" + gapIds.get(element) + "}}")
                : SafeXml.localName(element).startsWith("qti-feedback") ? Optional.of("") : Optional.empty());
        String text;
        QuestionBasics basics;
        if (clozeText != null) {
            text = marked.markdown(clozeText);
            basics = item.basics(body, List.of(), Set.of(clozeText));
        } else {
            // No marked text: the paragraphs before the first gap are the prompt, the rest is the text.
            List<String> paragraphs = marked.blocks(body);
            int first = 0;
            while (first < paragraphs.size() && !ClozeQuestion.MARKER.matcher(paragraphs.get(first)).find()) {
                first++;
            }
            text = String.join("\n\n", paragraphs.subList(first, paragraphs.size()));
            String prompt = String.join("\n\n", paragraphs.subList(0, first));
            basics = new QuestionBasics(item.id(), prompt.isBlank() ? Optional.of(item.title())
                    .filter(title -> !title.isEmpty()).orElse(text) : prompt, item.points(), item.feedback(Qti.GENERAL), List.of());
        }
        var gaps = new ArrayList<Gap>();
        for (var entry : gapIds.entrySet()) {
            Element interaction = entry.getKey();
            String gapId = entry.getValue();
            var gapBasics = new QuestionBasics(item.id() + "-" + gapId, "Gap " + gapId, BigDecimal.ONE, "", List.of());
            Optional<Question> question = switch (interactions.get(interaction)) {
                case INLINE_CHOICE -> InlineChoiceInteraction.read(item, gapBasics, interaction);
                case TEXT_ENTRY -> TextEntryInteraction.read(item, gapBasics, interaction, false);
                case CHOICE, ORDER, MATCH -> throw new IllegalStateException("a block interaction is no gap in a text");
            };
            if (question.isEmpty()) {
                return Optional.empty();
            }
            // Reading the gap's question found its scoring, so it is there.
            gaps.add(new Gap(gapId, item.weight(interaction.getAttribute("response-identifier")), question.get()));
        }
        return Optional.of(new ClozeQuestion(basics, text, gaps));
    }

    // ------------------------------------------------------------------------------------------- writing

    static void write(ItemDraft draft, ClozeQuestion cloze) {
        Map<String, Gap> gaps = new LinkedHashMap<>();
        cloze.gaps().forEach(gap -> gaps.put(gap.id(), gap));
        Element text = Qti.append(draft.body(), "div");
        text.setAttribute("class", Qti.CLOZE_CLASS);
        for (String paragraph : BodyText.paragraphs(cloze.text())) {
            Element p = Qti.append(text, "p");
            Matcher marker = ClozeQuestion.MARKER.matcher(paragraph);
            int from = 0;
            while (marker.find()) {
                p.appendChild(p.getOwnerDocument().createTextNode(paragraph.substring(from, marker.start())));
                p.appendChild(gapInteraction(draft, gaps.get(marker.group(1))));
                from = marker.end();
            }
            p.appendChild(p.getOwnerDocument().createTextNode(paragraph.substring(from)));
        }
        // SCORE = (sum of weight × gap credit) / total weight.
        Element processing = draft.processing();
        BigDecimal total = BigDecimal.ZERO;
        for (Gap gap : cloze.gaps()) {
            total = total.add(gap.weight());
            String response = gapResponse(gap.id());
            if (gap.question() instanceof NumericQuestion numeric) {
                Element condition = Qti.append(processing, "qti-response-condition");
                int number = 0;
                for (NumericAnswer answer : TextEntryInteraction.ladderOrder(draft, numeric.answers(), where(gap))) {
                    Element branch = Qti.append(condition, number++ == 0 ? "qti-response-if" : "qti-response-else-if");
                    TextEntryInteraction.equal(branch, response, answer);
                    Element sum = Qti.append(ItemDraft.set(branch, Qti.SCORE), "qti-sum");
                    ItemDraft.variable(sum, Qti.SCORE);
                    Element product = Qti.append(sum, "qti-product");
                    ItemDraft.baseValue(product, "float", Qti.plain(gap.weight()));
                    ItemDraft.baseValue(product, "float", Qti.plain(answer.credit()));
                }
            } else {
                Element sum = Qti.append(ItemDraft.set(processing, Qti.SCORE), "qti-sum");
                ItemDraft.variable(sum, Qti.SCORE);
                Element product = Qti.append(sum, "qti-product");
                ItemDraft.baseValue(product, "float", Qti.plain(gap.weight()));
                Qti.append(product, "qti-map-response").setAttribute("identifier", response);
            }
        }
        if (total.compareTo(BigDecimal.ONE) != 0) {
            Element divide = Qti.append(ItemDraft.set(processing, Qti.SCORE), "qti-divide");
            ItemDraft.variable(divide, Qti.SCORE);
            ItemDraft.baseValue(divide, "float", Qti.plain(total));
        }
    }

    private static String gapResponse(String gapId) {
        return Qti.RESPONSE + "_" + gapId;
    }

    /** How a warning about a gap begins. */
    private static String where(Gap gap) {
        return "its gap '" + gap.id() + "': ";
    }

    private static Element gapInteraction(ItemDraft draft, Gap gap) {
        String response = gapResponse(gap.id());
        if (!gap.question().generalFeedback().isEmpty() || !gap.question().hints().isEmpty()) {
            draft.warn(where(gap) + "the gap's own feedback and hints are not exported");
        }
        return switch (gap.question()) {
            case SingleChoiceQuestion single -> InlineChoiceInteraction.gap(draft, response, single, where(gap));
            case ShortAnswerQuestion shortAnswer -> TextEntryInteraction.gap(draft, response, shortAnswer, where(gap));
            case NumericQuestion numeric -> TextEntryInteraction.gap(draft, response, numeric, where(gap));
            // The engine's Gap allows only the three above.
            default -> throw new IllegalStateException("a gap holds " + gap.question().getClass().getSimpleName());
        };
    }
}

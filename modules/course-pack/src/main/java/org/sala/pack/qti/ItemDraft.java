package org.sala.pack.qti;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sala.engine.Decimals;
import org.sala.engine.question.Choice;
import org.sala.engine.question.OutcomeFeedback;
import org.sala.engine.question.Question;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One {@code qti-assessment-item} being written: its response declarations, body, response processing and
 * modal feedback, collected while the interactions write their parts, then assembled in the order the
 * schema wants. What every interaction writes the same way (declarations, correct responses, mappings,
 * the rules of a template, feedback) is written here, once. Whatever the mapping cannot say is a warning
 * message (without the question id; the caller adds where it is).
 */
final class ItemDraft {

    private final Document document = SafeXml.newDocument();
    private final Element item = Qti.element(document, "qti-assessment-item");
    private final List<Element> responses = new ArrayList<>();
    private final Element body = Qti.element(document, "qti-item-body");
    private final Element processing = Qti.element(document, "qti-response-processing");
    private final List<Element> modal = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private String feedbackCardinality;

    Element body() {
        return body;
    }

    Element processing() {
        return processing;
    }

    /** A new element of the item, not yet placed. */
    Element element(String name) {
        return Qti.element(document, name);
    }

    void warn(String message) {
        warnings.add(message);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The item as UTF-8 XML: its attributes, declarations, outcomes, body, processing and feedback. */
    String assemble(Question question) {
        document.appendChild(item);
        item.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", Qti.XSI);
        item.setAttributeNS(Qti.XSI, "xsi:schemaLocation", Qti.NS + " " + Qti.SCHEMA);
        item.setAttribute("identifier", Qti.identifier(question.id()));
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
        return Qti.write(document);
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

    /** Warns about an id that strict validators refuse; it is written as it is, so that Sala reads it back. */
    void identifier(String id, String what) {
        if (!Qti.isIdentifier(id)) {
            warnings.add(what + " '" + id + "' is not a valid QTI identifier (an XML name: a letter or '_' first, no spaces);"
                    + " strict QTI validators will refuse the item");
        }
    }

    // ------------------------------------------------------------------------------------------ responses

    /** Declares FEEDBACK with this cardinality; a multiple one wins, since option feedback may show several. */
    void feedbackOutcome(String cardinality) {
        if (feedbackCardinality == null || cardinality.equals("multiple")) {
            feedbackCardinality = cardinality;
        }
    }

    Element declaration(String identifier, String cardinality, String baseType) {
        Element declaration = Qti.element(document, "qti-response-declaration");
        declaration.setAttribute("identifier", identifier);
        declaration.setAttribute("cardinality", cardinality);
        declaration.setAttribute("base-type", baseType);
        responses.add(declaration);
        return declaration;
    }

    static void correct(Element declaration, List<String> values) {
        Element correct = Qti.append(declaration, "qti-correct-response");
        values.forEach(value -> Qti.appendText(correct, "qti-value", value));
    }

    /** The options that earn or cost something, with their credits. */
    static Map<String, BigDecimal> creditsOf(List<Choice> choices) {
        var credits = new LinkedHashMap<String, BigDecimal>();
        choices.stream().filter(choice -> choice.credit().signum() != 0).forEach(choice -> credits.put(choice.id(), choice.credit()));
        return credits;
    }

    static Element mapping(Element declaration, Map<String, BigDecimal> entries) {
        Element mapping = Qti.append(declaration, "qti-mapping");
        mapping.setAttribute("default-value", "0");
        entries.forEach((key, value) -> {
            Element entry = Qti.append(mapping, "qti-map-entry");
            entry.setAttribute("map-key", key);
            entry.setAttribute("mapped-value", Qti.plain(value));
        });
        return mapping;
    }

    /** {@code count} equal shares of 1 that add up to exactly 1 (the last takes the rounding). */
    static List<BigDecimal> shares(int count) {
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

    // ------------------------------------------------------------------------------------------ processing

    /** The rules a template stands for, written out so that more rules can follow them. */
    void templateRules(String template, String response) {
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

    static Element set(Element parent, String outcome) {
        Element set = Qti.append(parent, "qti-set-outcome-value");
        set.setAttribute("identifier", outcome);
        return set;
    }

    static void variable(Element parent, String identifier) {
        Qti.append(parent, "qti-variable").setAttribute("identifier", identifier);
    }

    static void baseValue(Element parent, String baseType, String value) {
        Qti.appendText(parent, "qti-base-value", value).setAttribute("base-type", baseType);
    }

    // ------------------------------------------------------------------------------------------ feedback

    void modalFeedback(String identifier, String showHide, String text) {
        Element feedback = Qti.element(document, "qti-modal-feedback");
        feedback.setAttribute("outcome-identifier", Qti.FEEDBACK);
        feedback.setAttribute("identifier", identifier);
        feedback.setAttribute("show-hide", showHide);
        BodyText.appendParagraphs(Qti.append(feedback, "qti-content-body"), text);
        modal.add(feedback);
    }

    /** Feedback for a right, partly right or wrong response, chosen by SCORE after the template's rules. */
    void outcomeFeedback(OutcomeFeedback feedback, String template) {
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
}

package org.sala.pack.qti;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sala.engine.question.OutcomeFeedback;
import org.sala.engine.question.QuestionBasics;
import org.sala.pack.Problem;
import org.sala.pack.interchange.QuestionSlugs;
import org.sala.pack.qti.ResponseRules.Branch;
import org.sala.pack.qti.ResponseRules.Scoring;
import org.sala.pack.qti.ResponseRules.Test;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Element;

/**
 * One {@code qti-assessment-item} being read: its identifier, response declarations, response processing
 * and modal feedback, and the problems found, each at {@code file:line:column}. What every interaction
 * reads from the item (the prompt and points, a response's declaration and scoring, feedback by
 * identifier) is read here, once; the interactions read only their own elements.
 *
 * <p>Modal feedback an interaction takes is marked used; what no interaction takes is warned about at the
 * end ({@link #warnUnusedFeedback}), because it hangs on an outcome Sala cannot map.
 */
final class ItemSource {

    private final String file;
    private final List<Problem> problems;
    private final Element root;
    private final String id;
    private final Map<String, Element> declarations = new LinkedHashMap<>();
    private final Map<String, String> modalFeedback = new LinkedHashMap<>();
    private final Set<String> feedbackUsed = new HashSet<>();
    private ResponseRules.Rules rules;

    private ItemSource(String file, List<Problem> problems, Element root, String id) {
        this.file = file;
        this.problems = problems;
        this.root = root;
        this.id = id;
        SafeXml.children(root, "qti-response-declaration").forEach(d -> declarations.put(d.getAttribute("identifier"), d));
        for (Element feedback : SafeXml.children(root, "qti-modal-feedback")) {
            Element content = SafeXml.child(feedback, "qti-content-body").orElse(feedback);
            modalFeedback.merge(feedback.getAttribute("identifier"), text(content), (a, b) -> a + "\n\n" + b);
        }
    }

    /** The item whose root element this is, or empty after reporting why it is no QTI 3.0 item Sala can read. */
    static Optional<ItemSource> open(String file, List<Problem> problems, Element root) {
        String name = SafeXml.localName(root);
        if (!name.equals("qti-assessment-item")) {
            problems.add(problem(Problem.Severity.ERROR, file, root, name.equals("assessmentItem")
                    ? "this is a QTI 2 item (assessmentItem); Sala imports QTI 3.0 items (qti-assessment-item)"
                    : "this is not a QTI 3.0 item: its root element is " + name + ", not qti-assessment-item"));
            return Optional.empty();
        }
        if (!Qti.NS.equals(root.getNamespaceURI())) {
            problems.add(problem(Problem.Severity.WARNING, file, root, "qti-assessment-item is not in the QTI 3.0 namespace "
                    + Qti.NS + "; read as QTI 3.0"));
        }
        String identifier = root.getAttribute("identifier").strip();
        if (identifier.isEmpty()) {
            problems.add(problem(Problem.Severity.ERROR, file, root, "qti-assessment-item has no identifier; Sala uses it as the question id"));
            return Optional.empty();
        }
        String id = questionId(identifier, root.getAttribute("title"));
        if (!id.equals(identifier)) {
            problems.add(problem(Problem.Severity.WARNING, file, root, "item '" + identifier + "' is imported as question '" + id
                    + "' (a Sala id holds lower-case letters, digits and hyphens)"));
        }
        return Optional.of(new ItemSource(file, problems, root, id));
    }

    /**
     * The question id an item identifier gives, by the importers' one rule ({@link QuestionSlugs}): the same
     * identifier always gives the same id ({@code ITM-choice} gives {@code itm-choice}, {@code QUE_1_1} gives
     * {@code que-1-1}); an identifier with no letter a-z or digit gives the title's slug, or {@code item-} and a
     * hash of the identifier. A Sala id is its own slug, so an exported question comes back with its id.
     */
    static String questionId(String identifier, String title) {
        String id = QuestionSlugs.slug(identifier);
        if (id.isEmpty()) {
            id = QuestionSlugs.slug(title == null ? "" : title);
        }
        return id.isEmpty() ? "item-" + Integer.toHexString(identifier.hashCode()) : id;
    }

    String id() {
        return id;
    }

    Element root() {
        return root;
    }

    /** The item's title, trimmed; a prompt for an item whose body has none. */
    String title() {
        return root.getAttribute("title").strip();
    }

    /**
     * Reads the response processing, which every interaction's scoring comes from; an item without one is
     * read as {@code match_correct}.
     *
     * @return false after reporting why it cannot be read
     */
    boolean readRules() {
        Optional<Element> processing = SafeXml.child(root, "qti-response-processing");
        if (processing.isEmpty()) {
            warning(root, "item '" + id + "' has no response processing; read as match_correct (full credit for the correct response)");
            var scoring = new LinkedHashMap<String, Scoring>();
            declarations.keySet().forEach(response -> scoring.put(response, new Scoring.MatchCorrect(BigDecimal.ONE)));
            rules = new ResponseRules.Rules(scoring, List.of());
            return true;
        }
        Optional<ResponseRules.Rules> read = ResponseRules.read(file, id, processing.get(), problems);
        read.ifPresent(found -> rules = found);
        return read.isPresent();
    }

    // ------------------------------------------------------------------------------------------ responses

    /** The interaction's response, declared and scored; empty after reporting what is missing. */
    Optional<ScoredResponse> response(Element interaction) {
        String response = interaction.getAttribute("response-identifier");
        Element declaration = declarations.get(response);
        if (declaration == null) {
            error(interaction, "item '" + id + "': response '" + response + "' has no qti-response-declaration");
        }
        Scoring scoring = rules.scoring().get(response);
        if (scoring == null) {
            error(interaction, "item '" + id + "': its response processing does not score response '" + response + "'");
        }
        return declaration == null || scoring == null ? Optional.empty() : Optional.of(new ScoredResponse(response, declaration, scoring));
    }

    // ------------------------------------------------------------------------------------------ basics

    /**
     * The question's id, prompt (the body's text without interactions, feedback and the elements
     * {@code outside}, then {@code extraPrompt}; the title when that is blank), points and general feedback.
     */
    QuestionBasics basics(Element body, List<String> extraPrompt, Set<Element> outside) {
        var paragraphs = new ArrayList<>(bodyText(element -> {
            String local = SafeXml.localName(element);
            if (local.equals("qti-feedback-block")) {
                warning(element, "item '" + id + "': qti-feedback-block '" + element.getAttribute("identifier")
                        + "' depends on an outcome Sala cannot map; left out");
            }
            return outside.contains(element) || local.endsWith("-interaction") || local.startsWith("qti-feedback")
                    ? Optional.of("") : Optional.empty();
        }).blocks(body));
        paragraphs.addAll(extraPrompt);
        String prompt = String.join("\n\n", paragraphs);
        if (prompt.isBlank()) {
            prompt = title();
        }
        return new QuestionBasics(id, prompt, points(), feedback(Qti.GENERAL), List.of());
    }

    /** MAXSCORE's default value, else SCORE's normal maximum, else 1. */
    BigDecimal points() {
        for (Element outcome : SafeXml.children(root, "qti-outcome-declaration")) {
            if (outcome.getAttribute("identifier").equals(Qti.MAXSCORE)) {
                Optional<BigDecimal> points = SafeXml.child(outcome, "qti-default-value")
                        .flatMap(value -> Qti.values(value).stream().findFirst()).flatMap(Qti::decimal);
                if (points.isPresent() && points.get().signum() > 0) {
                    return points.get();
                }
            }
        }
        for (Element outcome : SafeXml.children(root, "qti-outcome-declaration")) {
            if (outcome.getAttribute("identifier").equals(Qti.SCORE)) {
                Optional<BigDecimal> maximum = Qti.attribute(outcome, "normal-maximum").flatMap(Qti::decimal);
                if (maximum.isPresent() && maximum.get().signum() > 0) {
                    return maximum.get();
                }
            }
        }
        return BigDecimal.ONE;
    }

    /** The interaction's {@code qti-prompt}, or empty. */
    String prompt(Element interaction) {
        return SafeXml.child(interaction, "qti-prompt").map(this::text).orElse("");
    }

    /** Body text read with problems reported for this item; {@code special} as for {@link BodyText}. */
    BodyText bodyText(Function<Element, Optional<String>> special) {
        return new BodyText(file, problems, special);
    }

    String text(Element element) {
        return bodyText(child -> Optional.empty()).markdown(element);
    }

    /** The text of a choice without its inline feedback. */
    String choiceText(Element choice) {
        return bodyText(child -> SafeXml.localName(child).startsWith("qti-feedback") ? Optional.of("") : Optional.empty())
                .markdown(choice);
    }

    // ------------------------------------------------------------------------------------------ feedback

    /** The modal feedback with this identifier (empty text when there is none), now taken. */
    String feedback(String identifier) {
        feedbackUsed.add(identifier);
        return modalFeedback.getOrDefault(identifier, "");
    }

    /** The feedback a ladder branch sets, if it sets one. */
    String ladderFeedback(Branch branch) {
        return branch.feedback().map(this::feedback).orElse("");
    }

    /** The feedback that a rule beside the scoring shows when {@code test} holds for the response. */
    Optional<String> feedbackFor(String response, Predicate<Test> test) {
        return rules.feedback().stream().filter(rule -> rule.response().equals(response) && test.test(rule.test()))
                .map(rule -> feedback(rule.feedback())).findFirst();
    }

    /** Feedback for a right, partly right and wrong response. */
    OutcomeFeedback outcomeFeedback() {
        return new OutcomeFeedback(feedback(Qti.CORRECT), feedback(Qti.PARTIALLY_CORRECT), feedback(Qti.INCORRECT));
    }

    void warnUnusedFeedback() {
        modalFeedback.keySet().stream().filter(key -> !feedbackUsed.contains(key)).forEach(key ->
                warning(root, "item '" + id + "': modal feedback '" + key + "' depends on an outcome Sala cannot map; left out"));
    }

    /** The weight of a response in the item's score; only for a response that {@link #response} found scored. */
    BigDecimal weight(String response) {
        return rules.scoring().get(response).weight();
    }

    // ------------------------------------------------------------------------------------------ problems

    void error(Element element, String message) {
        problems.add(problem(Problem.Severity.ERROR, file, element, message));
    }

    void warning(Element element, String message) {
        problems.add(problem(Problem.Severity.WARNING, file, element, message));
    }

    private static Problem problem(Problem.Severity severity, String file, Element element, String message) {
        return new Problem(severity, file, SafeXml.line(element), SafeXml.column(element), message);
    }
}

package org.sala.pack.qti;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sala.pack.Problem;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Element;

/**
 * Reads an item's response processing into how each response earns its score, for the forms Sala can
 * map onto its question types; anything else is an error naming the item and the element's line.
 *
 * <p>Understood: the standard templates {@code match_correct} and {@code map_response} (by URI, with or
 * without {@code .xml}, at the QTI 3 or QTI 2 location); and rules made of
 * <ul>
 *   <li>{@code SCORE = mapResponse(R)}, or a sum of {@code SCORE}, {@code mapResponse(R)} and
 *       {@code weight × mapResponse(R)} terms (a cloze text's gaps);</li>
 *   <li>a final {@code SCORE = SCORE / total} (weights are relative, so it changes nothing here);</li>
 *   <li>a condition ladder on one response, each branch a test ({@code match} against the correct
 *       response or a value, {@code equal} with a tolerance, {@code string-match}) that sets or adds a
 *       credit and may set {@code FEEDBACK} (numeric answers, the expanded {@code match_correct});</li>
 *   <li>{@code if isNull(R) SCORE = 0 else …} (the expanded {@code map_response});</li>
 *   <li>rules that set only other outcomes, such as {@code FEEDBACK}: they do not score, but a test on
 *       a response that sets {@code FEEDBACK} names the feedback shown for that response.</li>
 * </ul>
 * Internal rules win over a template URI, as QTI prescribes.
 */
final class ResponseRules {

    /** How one response variable earns its part of the score; {@code weight} is relative to the other parts. */
    sealed interface Scoring {
        BigDecimal weight();

        /** Full credit when the response matches the declared correct response. */
        record MatchCorrect(BigDecimal weight) implements Scoring {
        }

        /** The response's mapping (its {@code qti-mapping}) gives the credit. */
        record Mapped(BigDecimal weight) implements Scoring {
        }

        /** The first branch whose test holds gives the credit. */
        record Ladder(BigDecimal weight, List<Branch> branches) implements Scoring {
            public Ladder {
                branches = List.copyOf(branches);
            }
        }
    }

    /** One rung of a ladder. */
    record Branch(Test test, BigDecimal credit, Optional<String> feedback) {
    }

    /** A condition on one response. */
    sealed interface Test {
        record Correct() implements Test {
        }

        record Match(String value) implements Test {
        }

        record StringMatch(String value, boolean caseSensitive) implements Test {
        }

        /** {@code tolerances} holds one or two values, as written; relative ones are percentages. */
        record Equal(BigDecimal value, List<BigDecimal> tolerances, boolean relative, boolean inclusive) implements Test {
            public Equal {
                tolerances = List.copyOf(tolerances);
            }
        }
    }

    /** A feedback identifier set when a test on a response holds. */
    record FeedbackRule(String response, Test test, String feedback) {
    }

    /** What the response processing says. */
    record Rules(Map<String, Scoring> scoring, List<FeedbackRule> feedback) {
        Rules {
            scoring = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scoring));
            feedback = List.copyOf(feedback);
        }
    }

    private static final Pattern TEMPLATE = Pattern.compile(".*/rptemplates/(match_correct|map_response)(\\.xml)?");

    private final String file;
    private final String itemId;
    private final List<Problem> problems;
    private final Map<String, Scoring> scoring = new LinkedHashMap<>();
    private final List<FeedbackRule> feedback = new ArrayList<>();
    private boolean failed;

    private ResponseRules(String file, String itemId, List<Problem> problems) {
        this.file = file;
        this.itemId = itemId;
        this.problems = problems;
    }

    /** The rules of {@code processing}, or empty after reporting why they cannot be read. */
    static Optional<Rules> read(String file, String itemId, Element processing, List<Problem> problems) {
        var reader = new ResponseRules(file, itemId, problems);
        List<Element> rules = Qti.elements(processing);
        if (rules.isEmpty()) {
            String template = processing.getAttribute("template").strip();
            var matcher = TEMPLATE.matcher(template);
            if (!matcher.matches()) {
                reader.error(processing, template.isEmpty() ? "has empty response processing"
                        : "uses response processing template '" + template + "'; Sala reads match_correct and map_response");
                return Optional.empty();
            }
            Scoring scoring = matcher.group(1).equals("match_correct") ? new Scoring.MatchCorrect(BigDecimal.ONE)
                    : new Scoring.Mapped(BigDecimal.ONE);
            return Optional.of(new Rules(Map.of(Qti.RESPONSE, scoring), List.of()));
        }
        reader.rules(rules);
        var template = TEMPLATE.matcher(processing.getAttribute("template").strip());
        if (!reader.failed && reader.scoring.isEmpty() && template.matches()) {
            // Rules that only choose feedback, beside a template that scores.
            reader.scoring.put(Qti.RESPONSE, template.group(1).equals("match_correct")
                    ? new Scoring.MatchCorrect(BigDecimal.ONE) : new Scoring.Mapped(BigDecimal.ONE));
        }
        return reader.failed ? Optional.empty()
                : Optional.of(new Rules(reader.scoring, reader.feedback));
    }

    private void rules(List<Element> rules) {
        for (Element rule : rules) {
            switch (SafeXml.localName(rule)) {
                case "qti-set-outcome-value" -> setOutcome(rule);
                case "qti-response-condition" -> condition(rule);
                default -> unreadable(rule);
            }
        }
    }

    private void setOutcome(Element rule) {
        Optional<Element> expression = Qti.elements(rule).stream().findFirst();
        if (!rule.getAttribute("identifier").equals(Qti.SCORE)) {
            // Other outcomes (FEEDBACK = RESPONSE showing the chosen options' feedback, say) do not score.
            return;
        }
        if (expression.isEmpty()) {
            unreadable(rule);
            return;
        }
        Element value = expression.get();
        if (SafeXml.localName(value).equals("qti-divide")) {
            // SCORE = SCORE / total: weights stay relative to each other, so the divisor changes nothing here.
            List<Element> operands = Qti.elements(value);
            if (operands.size() == 2 && isVariable(operands.get(0), Qti.SCORE) && constant(operands.get(1)).isPresent()) {
                return;
            }
            unreadable(value);
            return;
        }
        var terms = new LinkedHashMap<String, BigDecimal>();
        if (!linear(value, BigDecimal.ONE, terms)) {
            unreadable(value);
            return;
        }
        terms.forEach((response, weight) -> score(response, new Scoring.Mapped(weight), value));
    }

    /** Collects {@code weight × mapResponse(R)} terms; {@code SCORE} itself and zero constants add nothing. */
    private boolean linear(Element expression, BigDecimal factor, Map<String, BigDecimal> terms) {
        switch (SafeXml.localName(expression)) {
            case "qti-map-response" -> {
                terms.merge(expression.getAttribute("identifier"), factor, BigDecimal::add);
                return true;
            }
            case "qti-variable" -> {
                return expression.getAttribute("identifier").equals(Qti.SCORE);
            }
            case "qti-base-value" -> {
                return constant(expression).map(value -> value.signum() == 0).orElse(false);
            }
            case "qti-sum" -> {
                for (Element operand : Qti.elements(expression)) {
                    if (!linear(operand, factor, terms)) {
                        return false;
                    }
                }
                return true;
            }
            case "qti-product" -> {
                List<Element> operands = Qti.elements(expression);
                BigDecimal weight = factor;
                Element rest = null;
                for (Element operand : operands) {
                    Optional<BigDecimal> value = constant(operand);
                    if (value.isPresent()) {
                        weight = weight.multiply(value.get());
                    } else if (rest == null) {
                        rest = operand;
                    } else {
                        return false;
                    }
                }
                return rest != null && linear(rest, weight, terms);
            }
            default -> {
                return false;
            }
        }
    }

    private record Rung(Optional<Element> condition, List<Element> body) {
    }

    private void condition(Element condition) {
        var rungs = new ArrayList<Rung>();
        for (Element branch : Qti.elements(condition)) {
            List<Element> children = Qti.elements(branch);
            switch (SafeXml.localName(branch)) {
                case "qti-response-if", "qti-response-else-if" -> {
                    if (children.isEmpty()) {
                        unreadable(branch);
                        return;
                    }
                    rungs.add(new Rung(Optional.of(children.get(0)), children.subList(1, children.size())));
                }
                case "qti-response-else" -> rungs.add(new Rung(Optional.empty(), children));
                default -> {
                    unreadable(branch);
                    return;
                }
            }
        }
        if (rungs.stream().noneMatch(rung -> setsScore(rung.body()))) {
            feedbackRules(rungs);
            return;
        }
        // if isNull(R) { SCORE = 0 } else { ... }: the expanded map_response template.
        if (rungs.size() == 2 && rungs.get(1).condition().isEmpty()
                && rungs.get(0).condition().map(c -> SafeXml.localName(c).equals("qti-is-null")).orElse(false)
                && scoreConstant(rungs.get(0).body()).map(value -> value.signum() == 0).orElse(false)) {
            rules(rungs.get(1).body());
            return;
        }
        ladder(condition, rungs);
    }

    private void feedbackRules(List<Rung> rungs) {
        for (Rung rung : rungs) {
            if (rung.condition().isEmpty()) {
                continue;
            }
            Optional<TestOn> test = test(rung.condition().get());
            Optional<String> shown = feedbackSet(rung.body());
            if (test.isPresent() && shown.isPresent()) {
                feedback.add(new FeedbackRule(test.get().response(), test.get().test(), shown.get()));
            }
        }
    }

    private void ladder(Element condition, List<Rung> rungs) {
        String response = null;
        BigDecimal weight = null;
        var branches = new ArrayList<Branch>();
        for (Rung rung : rungs) {
            if (rung.condition().isEmpty()) {
                // The else branch scores nothing (or sets SCORE to 0); it may show feedback.
                if (setsScore(rung.body()) && !scoreConstant(rung.body()).map(value -> value.signum() == 0).orElse(false)) {
                    unreadable(condition);
                    return;
                }
                continue;
            }
            Optional<TestOn> test = test(rung.condition().get());
            Optional<BigDecimal[]> added = scoreAdded(rung.body());
            if (test.isEmpty() || added.isEmpty() || (response != null && !response.equals(test.get().response()))) {
                unreadable(rung.condition().get());
                return;
            }
            response = test.get().response();
            if (weight == null) {
                weight = added.get()[0];
            }
            BigDecimal credit = added.get()[0].multiply(added.get()[1]).divide(weight, java.math.MathContext.DECIMAL64);
            branches.add(new Branch(test.get().test(), org.sala.engine.Decimals.canonical(credit), feedbackSet(rung.body())));
        }
        if (response == null) {
            unreadable(condition);
            return;
        }
        boolean matchCorrect = branches.size() == 1 && branches.get(0).test() instanceof Test.Correct
                && branches.get(0).credit().compareTo(BigDecimal.ONE) == 0;
        score(response, matchCorrect ? new Scoring.MatchCorrect(weight) : new Scoring.Ladder(weight, branches), condition);
    }

    private void score(String response, Scoring how, Element where) {
        if (scoring.putIfAbsent(response, how) != null) {
            error(where, "scores response '" + response + "' twice; Sala reads one rule per response");
        }
    }

    /** Weight and credit of a branch body that sets SCORE to a constant or adds one (or a product of two) to it. */
    private Optional<BigDecimal[]> scoreAdded(List<Element> body) {
        Element value = null;
        for (Element rule : body) {
            if (!SafeXml.localName(rule).equals("qti-set-outcome-value")) {
                return Optional.empty();
            }
            if (rule.getAttribute("identifier").equals(Qti.SCORE)) {
                value = Qti.elements(rule).stream().findFirst().orElse(null);
            }
        }
        if (value == null) {
            return Optional.empty();
        }
        if (isVariable(value, Qti.MAXSCORE)) {
            // SCORE = MAXSCORE: full marks, as hand-written rules often say what match_correct says.
            return Optional.of(new BigDecimal[] {BigDecimal.ONE, BigDecimal.ONE});
        }
        Optional<BigDecimal> constant = constant(value);
        if (constant.isPresent()) {
            return Optional.of(new BigDecimal[] {BigDecimal.ONE, constant.get()});
        }
        List<Element> operands = Qti.elements(value);
        if (!SafeXml.localName(value).equals("qti-sum") || operands.size() != 2 || !isVariable(operands.get(0), Qti.SCORE)) {
            return Optional.empty();
        }
        Element added = operands.get(1);
        Optional<BigDecimal> single = constant(added);
        if (single.isPresent()) {
            return Optional.of(new BigDecimal[] {BigDecimal.ONE, single.get()});
        }
        List<Element> factors = Qti.elements(added);
        if (SafeXml.localName(added).equals("qti-product") && factors.size() == 2
                && constant(factors.get(0)).isPresent() && constant(factors.get(1)).isPresent()) {
            return Optional.of(new BigDecimal[] {constant(factors.get(0)).get(), constant(factors.get(1)).get()});
        }
        return Optional.empty();
    }

    private record TestOn(String response, Test test) {
    }

    private Optional<TestOn> test(Element condition) {
        List<Element> operands = Qti.elements(condition);
        if (operands.size() != 2) {
            return Optional.empty();
        }
        Element variable = SafeXml.localName(operands.get(0)).equals("qti-variable") ? operands.get(0) : operands.get(1);
        Element other = variable == operands.get(0) ? operands.get(1) : operands.get(0);
        if (!SafeXml.localName(variable).equals("qti-variable")) {
            return Optional.empty();
        }
        String response = variable.getAttribute("identifier");
        String otherName = SafeXml.localName(other);
        String value = other.getTextContent().strip();
        return switch (SafeXml.localName(condition)) {
            case "qti-match" -> otherName.equals("qti-correct") && other.getAttribute("identifier").equals(response)
                    ? Optional.of(new TestOn(response, new Test.Correct()))
                    : otherName.equals("qti-base-value") ? Optional.of(new TestOn(response, new Test.Match(value))) : Optional.empty();
            case "qti-string-match" -> otherName.equals("qti-base-value")
                    ? Optional.of(new TestOn(response, new Test.StringMatch(value, !"false".equals(condition.getAttribute("case-sensitive")))))
                    : Optional.empty();
            case "qti-equal" -> equal(condition, other).map(test -> new TestOn(response, test));
            default -> Optional.empty();
        };
    }

    private Optional<Test> equal(Element condition, Element other) {
        if (!SafeXml.localName(other).equals("qti-base-value")) {
            return Optional.empty();
        }
        Optional<BigDecimal> value = Qti.decimal(other.getTextContent());
        String mode = Qti.attribute(condition, "tolerance-mode").orElse("exact");
        var tolerances = new ArrayList<BigDecimal>();
        if (!mode.equals("exact")) {
            for (String part : condition.getAttribute("tolerance").strip().split("\\s+")) {
                Optional<BigDecimal> tolerance = Qti.decimal(part);
                if (tolerance.isEmpty() || tolerance.get().signum() < 0) {
                    return Optional.empty();
                }
                tolerances.add(tolerance.get());
            }
        }
        if (value.isEmpty() || !(mode.equals("exact") || mode.equals("absolute") || mode.equals("relative")) || tolerances.size() > 2) {
            return Optional.empty();
        }
        boolean inclusive = !"false".equals(condition.getAttribute("include-lower-bound"))
                && !"false".equals(condition.getAttribute("include-upper-bound"));
        return Optional.of(new Test.Equal(value.get(), tolerances, mode.equals("relative"), inclusive));
    }

    private static boolean setsScore(List<Element> body) {
        return body.stream().anyMatch(rule -> !SafeXml.localName(rule).equals("qti-set-outcome-value")
                || rule.getAttribute("identifier").equals(Qti.SCORE));
    }

    private static Optional<BigDecimal> scoreConstant(List<Element> body) {
        return body.stream().filter(rule -> rule.getAttribute("identifier").equals(Qti.SCORE)).findFirst()
                .flatMap(rule -> Qti.elements(rule).stream().findFirst()).flatMap(ResponseRules::constant);
    }

    private static Optional<String> feedbackSet(List<Element> body) {
        return body.stream().filter(rule -> rule.getAttribute("identifier").equals(Qti.FEEDBACK)).findFirst()
                .flatMap(rule -> Qti.elements(rule).stream().findFirst())
                .filter(value -> SafeXml.localName(value).equals("qti-base-value"))
                .map(value -> value.getTextContent().strip());
    }

    private static boolean isVariable(Element element, String identifier) {
        return SafeXml.localName(element).equals("qti-variable") && element.getAttribute("identifier").equals(identifier);
    }

    private static Optional<BigDecimal> constant(Element element) {
        return SafeXml.localName(element).equals("qti-base-value") ? Qti.decimal(element.getTextContent()) : Optional.empty();
    }

    private void unreadable(Element element) {
        error(element, "has custom response processing Sala cannot read: " + SafeXml.localName(element)
                + " (Sala reads the match_correct and map_response templates, score ladders on one response"
                + " and weighted sums of mapped responses)");
    }

    private void error(Element element, String message) {
        failed = true;
        problems.add(new Problem(Problem.Severity.ERROR, file, SafeXml.line(element), SafeXml.column(element),
                "item '" + itemId + "' " + message));
    }
}

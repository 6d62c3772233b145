package org.sala.pack.qti;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sala.engine.Decimals;
import org.sala.engine.question.AcceptedAnswer;
import org.sala.engine.question.Choice;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.Gap;
import org.sala.engine.question.MatchPair;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.MultipleChoiceScoring;
import org.sala.engine.question.NumericAnswer;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.OrderItem;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.OrderingScoring;
import org.sala.engine.question.OutcomeFeedback;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.Problem;
import org.sala.pack.qti.ResponseRules.Branch;
import org.sala.pack.qti.ResponseRules.Scoring;
import org.sala.pack.qti.ResponseRules.Test;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads one QTI 3.0 {@code qti-assessment-item} into a Sala question, reporting every problem at
 * {@code file:line:column}. One reader per item. An item the mapping cannot carry (an unsupported
 * interaction, response processing it cannot read, a question the engine would refuse) gives errors and
 * no question; what is only approximated or left out gives warnings.
 *
 * <p>Which question an item becomes is decided by its interactions: one choice interaction (two options
 * with the identifiers {@code true} and {@code false} make a true/false question; a multiple response a
 * multiple-choice one), one order or match interaction, one text-entry interaction that ends its paragraph
 * (a {@code float} or {@code integer} response makes it numeric), or else inline text-entry and
 * inline-choice interactions within text, which make a cloze text ({@code <div class="sala-cloze">} marks
 * Sala's own, separating the text from the prompt).
 */
final class ItemReader {

    private static final Set<String> BLOCK = Set.of("qti-choice-interaction", "qti-order-interaction", "qti-match-interaction");
    private static final Set<String> INLINE = Set.of("qti-text-entry-interaction", "qti-inline-choice-interaction");

    private final String file;
    private final List<Problem> problems;
    private final Map<String, Element> declarations = new LinkedHashMap<>();
    private final Map<String, String> modalFeedback = new LinkedHashMap<>();
    private final Set<String> feedbackUsed = new HashSet<>();
    private Element root;
    private String id;
    private ResponseRules.Rules rules;

    private ItemReader(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    static Optional<Question> read(String file, String xml, List<Problem> problems) {
        SafeXml.Parsed parsed = SafeXml.parse(file, xml);
        problems.addAll(parsed.problems());
        if (parsed.document().isEmpty()) {
            return Optional.empty();
        }
        var reader = new ItemReader(file, problems);
        try {
            return reader.read(parsed.document().get());
        } catch (IllegalArgumentException refused) {
            // The engine refused what the item says (no right answer, a credit out of range): not a Sala question.
            reader.error(reader.root, "item '" + reader.id + "' cannot become a Sala question: " + refused.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Question> read(Document document) {
        root = document.getDocumentElement();
        String name = SafeXml.localName(root);
        if (!name.equals("qti-assessment-item")) {
            error(root, name.equals("assessmentItem")
                    ? "this is a QTI 2 item (assessmentItem); Sala imports QTI 3.0 items (qti-assessment-item)"
                    : "this is not a QTI 3.0 item: its root element is " + name + ", not qti-assessment-item");
            return Optional.empty();
        }
        if (!Qti.NS.equals(root.getNamespaceURI())) {
            warning(root, "qti-assessment-item is not in the QTI 3.0 namespace " + Qti.NS + "; read as QTI 3.0");
        }
        id = root.getAttribute("identifier").strip();
        if (id.isEmpty()) {
            error(root, "qti-assessment-item has no identifier; Sala uses it as the question id");
            return Optional.empty();
        }
        SafeXml.children(root, "qti-response-declaration").forEach(d -> declarations.put(d.getAttribute("identifier"), d));
        for (Element feedback : SafeXml.children(root, "qti-modal-feedback")) {
            Element content = SafeXml.child(feedback, "qti-content-body").orElse(feedback);
            modalFeedback.merge(feedback.getAttribute("identifier"), text(content), (a, b) -> a + "\n\n" + b);
        }
        Optional<Element> body = SafeXml.child(root, "qti-item-body");
        if (body.isEmpty()) {
            error(root, "item '" + id + "' has no qti-item-body");
            return Optional.empty();
        }
        var blocks = new ArrayList<Element>();
        var inlines = new ArrayList<Element>();
        boolean unsupported = false;
        for (Element element : all(body.get())) {
            String local = SafeXml.localName(element);
            if (BLOCK.contains(local)) {
                blocks.add(element);
            } else if (INLINE.contains(local)) {
                inlines.add(element);
            } else if (local.endsWith("-interaction")) {
                error(element, "item '" + id + "': " + local + " is not supported; Sala imports choice, order, match,"
                        + " text-entry and inline-choice interactions");
                unsupported = true;
            }
        }
        if (unsupported) {
            return Optional.empty();
        }
        if (blocks.isEmpty() && inlines.isEmpty()) {
            error(body.get(), "item '" + id + "' has no interaction to answer");
            return Optional.empty();
        }
        Optional<ResponseRules.Rules> read = responseRules();
        if (read.isEmpty()) {
            return Optional.empty();
        }
        rules = read.get();
        Element clozeText = Qti.descendants(body.get(), "div").stream()
                .filter(div -> List.of(div.getAttribute("class").split("\\s+")).contains(Qti.CLOZE_CLASS)).findFirst().orElse(null);
        Optional<Question> question;
        if (blocks.size() == 1 && inlines.isEmpty()) {
            question = block(body.get(), blocks.get(0));
        } else if (blocks.isEmpty() && inlines.size() == 1 && clozeText == null && endsItsParagraph(inlines.get(0))
                && SafeXml.localName(inlines.get(0)).equals("qti-text-entry-interaction")) {
            question = textEntry(body.get(), inlines.get(0));
        } else if (blocks.isEmpty()) {
            question = cloze(body.get(), clozeText, inlines);
        } else {
            error(body.get(), "item '" + id + "' has " + (blocks.size() + inlines.size()) + " interactions; Sala imports items"
                    + " with one choice, order, match or text-entry interaction, or with gaps in a text (a cloze)");
            return Optional.empty();
        }
        modalFeedback.keySet().stream().filter(key -> !feedbackUsed.contains(key)).forEach(key ->
                warning(root, "item '" + id + "': modal feedback '" + key + "' depends on an outcome Sala cannot map; left out"));
        return question;
    }

    private static List<Element> all(Element root) {
        var found = new ArrayList<Element>();
        for (Element child : Qti.elements(root)) {
            found.add(child);
            found.addAll(all(child));
        }
        return found;
    }

    private Optional<ResponseRules.Rules> responseRules() {
        Optional<Element> processing = SafeXml.child(root, "qti-response-processing");
        if (processing.isEmpty()) {
            warning(root, "item '" + id + "' has no response processing; read as match_correct (full credit for the correct response)");
            var scoring = new LinkedHashMap<String, Scoring>();
            declarations.keySet().forEach(response -> scoring.put(response, new Scoring.MatchCorrect(BigDecimal.ONE)));
            return Optional.of(new ResponseRules.Rules(scoring, List.of()));
        }
        return ResponseRules.read(file, id, processing.get(), problems);
    }

    // ------------------------------------------------------------------------------------------- basics

    private QuestionBasics basics(Element body, List<String> extraPrompt, Set<Element> outside) {
        var paragraphs = new ArrayList<>(new BodyText(file, problems, element -> {
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
            prompt = root.getAttribute("title").strip();
        }
        String general = Optional.ofNullable(modalFeedback.get(Qti.GENERAL)).orElse("");
        feedbackUsed.add(Qti.GENERAL);
        return new QuestionBasics(id, prompt, points(), general, List.of());
    }

    /** MAXSCORE's default value, else SCORE's normal maximum, else 1. */
    private BigDecimal points() {
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

    private String prompt(Element interaction) {
        return SafeXml.child(interaction, "qti-prompt").map(this::text).orElse("");
    }

    private String text(Element element) {
        return new BodyText(file, problems, child -> Optional.empty()).markdown(element);
    }

    /** The text of a choice without its inline feedback. */
    private String choiceText(Element choice) {
        return new BodyText(file, problems, child -> SafeXml.localName(child).startsWith("qti-feedback")
                ? Optional.of("") : Optional.empty()).markdown(choice);
    }

    // ------------------------------------------------------------------------------------------- blocks

    private Optional<Question> block(Element body, Element interaction) {
        String response = interaction.getAttribute("response-identifier");
        Optional<Element> declaration = declaration(interaction, response);
        Optional<Scoring> scoring = scoring(interaction, response);
        if (declaration.isEmpty() || scoring.isEmpty()) {
            return Optional.empty();
        }
        String prompt = prompt(interaction);
        QuestionBasics basics = basics(body, prompt.isEmpty() ? List.of() : List.of(prompt), Set.of());
        boolean shuffle = Qti.isTrue(interaction, "shuffle");
        String cardinality = declaration.get().getAttribute("cardinality");
        return switch (SafeXml.localName(interaction)) {
            case "qti-choice-interaction" -> cardinality.equals("multiple")
                    ? multipleChoice(basics, interaction, declaration.get(), scoring.get(), shuffle)
                    : singleChoice(basics, interaction, declaration.get(), scoring.get(), shuffle);
            case "qti-order-interaction" -> ordering(basics, interaction, declaration.get(), scoring.get());
            default -> matching(basics, interaction, declaration.get(), scoring.get(), shuffle);
        };
    }

    private Optional<Question> singleChoice(QuestionBasics basics, Element interaction, Element declaration, Scoring scoring,
                                            boolean shuffle) {
        List<Element> options = SafeXml.children(interaction, "qti-simple-choice");
        Map<String, BigDecimal> credits = credits(declaration, scoring, ids(options), false);
        if (credits == null) {
            return Optional.empty();
        }
        List<Choice> choices = choices(options, credits);
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

    private Optional<Question> multipleChoice(QuestionBasics basics, Element interaction, Element declaration, Scoring scoring,
                                              boolean shuffle) {
        List<Element> options = SafeXml.children(interaction, "qti-simple-choice");
        boolean rightMinusWrong = "right-minus-wrong".equals(interaction.getAttribute(Qti.DATA_SCORING));
        Map<String, BigDecimal> credits = credits(declaration, scoring, ids(options), true);
        if (credits == null) {
            return Optional.empty();
        }
        MultipleChoiceScoring how = switch (scoring) {
            case Scoring.MatchCorrect all -> MultipleChoiceScoring.ALL_OR_NOTHING;
            case Scoring.Mapped mapped -> rightMinusWrong ? MultipleChoiceScoring.RIGHT_MINUS_WRONG : MultipleChoiceScoring.OPTION_PERCENTAGES;
            case Scoring.Ladder ladder -> MultipleChoiceScoring.OPTION_PERCENTAGES;
        };
        if (how == MultipleChoiceScoring.RIGHT_MINUS_WRONG) {
            // The mapping carries right-minus-wrong's shares; the question needs only which options are right.
            credits.replaceAll((option, credit) -> credit.signum() > 0 ? BigDecimal.ONE : BigDecimal.ZERO);
        }
        return Optional.of(new MultipleChoiceQuestion(basics, choices(options, credits), how, shuffle));
    }

    private List<Choice> choices(List<Element> options, Map<String, BigDecimal> credits) {
        var choices = new ArrayList<Choice>();
        for (Element option : options) {
            String optionId = option.getAttribute("identifier");
            String feedback = Qti.descendants(option, "qti-feedback-inline").stream().map(this::text)
                    .reduce((a, b) -> a + "\n\n" + b).orElse("");
            if (feedback.isEmpty() && modalFeedback.containsKey(optionId)) {
                feedback = modalFeedback.get(optionId);
                feedbackUsed.add(optionId);
            }
            choices.add(new Choice(optionId, choiceText(option), credits.getOrDefault(optionId, BigDecimal.ZERO), feedback));
        }
        return choices;
    }

    private static List<String> ids(List<Element> options) {
        return options.stream().map(option -> option.getAttribute("identifier")).toList();
    }

    private Optional<Question> ordering(QuestionBasics basics, Element interaction, Element declaration, Scoring scoring) {
        Map<String, OrderItem> items = new LinkedHashMap<>();
        for (Element option : SafeXml.children(interaction, "qti-simple-choice")) {
            items.put(option.getAttribute("identifier"), new OrderItem(option.getAttribute("identifier"), choiceText(option)));
        }
        List<String> order = correctValues(declaration);
        if (!(scoring instanceof Scoring.MatchCorrect) || !new HashSet<>(order).equals(items.keySet()) || order.size() != items.size()) {
            error(interaction, "item '" + id + "': an order interaction is read with match_correct and a correct response"
                    + " that orders every choice once");
            return Optional.empty();
        }
        String named = interaction.getAttribute(Qti.DATA_SCORING);
        OrderingScoring how = switch (named) {
            case "items-in-place" -> OrderingScoring.ITEMS_IN_PLACE;
            case "adjacent-pairs" -> OrderingScoring.ADJACENT_PAIRS;
            default -> OrderingScoring.ALL_OR_NOTHING;
        };
        return Optional.of(new OrderingQuestion(basics, order.stream().map(items::get).toList(), how, outcomeFeedback()));
    }

    private Optional<Question> matching(QuestionBasics basics, Element interaction, Element declaration, Scoring scoring,
                                        boolean shuffle) {
        List<Element> sets = SafeXml.children(interaction, "qti-simple-match-set");
        if (sets.size() != 2) {
            error(interaction, "item '" + id + "': a match interaction needs two qti-simple-match-set elements, not " + sets.size());
            return Optional.empty();
        }
        Map<String, String> prompts = associables(sets.get(0));
        Map<String, String> answers = associables(sets.get(1));
        List<String> keys;
        switch (scoring) {
            case Scoring.Mapped mapped -> {
                Map<String, BigDecimal> entries = mapping(declaration).entries();
                keys = entries.entrySet().stream().filter(entry -> entry.getValue().signum() > 0).map(Map.Entry::getKey).toList();
                if (entries.values().stream().filter(value -> value.signum() > 0).distinct().count() > 1
                        && !equalShares(entries.values().stream().filter(value -> value.signum() > 0).toList())) {
                    warning(declaration, "item '" + id + "': its pairs earn unequal credit; Sala gives each rightly matched prompt an equal share");
                }
            }
            case Scoring.MatchCorrect all -> {
                keys = correctValues(declaration);
                warning(declaration, "item '" + id + "' is scored all or nothing; Sala gives each rightly matched prompt an equal share");
            }
            case Scoring.Ladder ladder -> {
                error(interaction, "item '" + id + "': a match interaction is read with match_correct or map_response");
                return Optional.empty();
            }
        }
        var pairs = new ArrayList<MatchPair>();
        var used = new HashSet<String>();
        for (String key : keys) {
            String[] ends = key.strip().split("\\s+");
            // A directed pair may name the sets in either order.
            String prompt = ends.length == 2 && prompts.containsKey(ends[0]) ? ends[0] : ends.length == 2 ? ends[1] : "";
            String answer = ends.length == 2 && prompt.equals(ends[0]) ? ends[1] : ends.length == 2 ? ends[0] : "";
            if (!prompts.containsKey(prompt) || !answers.containsKey(answer)) {
                error(declaration, "item '" + id + "': pair '" + key + "' does not join a choice of the first set to one of the second");
                return Optional.empty();
            }
            pairs.add(new MatchPair(prompt, prompts.get(prompt), answers.get(answer)));
            used.add(answers.get(answer));
        }
        List<String> distractors = answers.values().stream().filter(answer -> !used.contains(answer)).distinct().toList();
        return Optional.of(new MatchingQuestion(basics, pairs, distractors, shuffle, outcomeFeedback()));
    }

    private static boolean equalShares(List<BigDecimal> shares) {
        BigDecimal first = shares.get(0);
        return shares.stream().allMatch(share -> share.subtract(first).abs().compareTo(new BigDecimal("0.000001")) <= 0);
    }

    private Map<String, String> associables(Element set) {
        var choices = new LinkedHashMap<String, String>();
        for (Element choice : SafeXml.children(set, "qti-simple-associable-choice")) {
            choices.put(choice.getAttribute("identifier"), choiceText(choice));
        }
        return choices;
    }

    private OutcomeFeedback outcomeFeedback() {
        feedbackUsed.addAll(List.of(Qti.CORRECT, Qti.PARTIALLY_CORRECT, Qti.INCORRECT));
        return new OutcomeFeedback(modalFeedback.getOrDefault(Qti.CORRECT, ""),
                modalFeedback.getOrDefault(Qti.PARTIALLY_CORRECT, ""), modalFeedback.getOrDefault(Qti.INCORRECT, ""));
    }

    // ----------------------------------------------------------------------------------------- text entry

    /** No text follows the entry in its paragraph ("Which river? [___]"): a question, not a gap in a text. */
    private static boolean endsItsParagraph(Element interaction) {
        for (org.w3c.dom.Node next = interaction.getNextSibling(); next != null; next = next.getNextSibling()) {
            if (!next.getTextContent().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private Optional<Question> textEntry(Element body, Element interaction) {
        String response = interaction.getAttribute("response-identifier");
        QuestionBasics basics = basics(body, List.of(), Set.of());
        return entry(basics, interaction, response, true);
    }

    /** A short-answer or numeric question from a text entry; {@code withFeedback} false for a cloze gap. */
    private Optional<Question> entry(QuestionBasics basics, Element interaction, String response, boolean withFeedback) {
        Optional<Element> declaration = declaration(interaction, response);
        Optional<Scoring> scoring = scoring(interaction, response);
        if (declaration.isEmpty() || scoring.isEmpty()) {
            return Optional.empty();
        }
        String baseType = declaration.get().getAttribute("base-type");
        return baseType.equals("float") || baseType.equals("integer")
                ? numeric(basics, declaration.get(), scoring.get(), withFeedback)
                : shortAnswer(basics, interaction, response, declaration.get(), scoring.get(), withFeedback);
    }

    private Optional<Question> shortAnswer(QuestionBasics basics, Element interaction, String response, Element declaration,
                                           Scoring scoring, boolean withFeedback) {
        var answers = new ArrayList<AcceptedAnswer>();
        Boolean caseSensitive = null;
        switch (scoring) {
            case Scoring.MatchCorrect all -> {
                correctValues(declaration).forEach(value -> answers.add(AcceptedAnswer.exact(value, "")));
                caseSensitive = true;
            }
            case Scoring.Mapped mapped -> {
                Mapping mapping = mapping(declaration);
                BigDecimal scale = scale(declaration, mapping.entries().values().stream().reduce(BigDecimal.ZERO, BigDecimal::max));
                for (var entry : mapping.entries().entrySet()) {
                    answers.add(new AcceptedAnswer(entry.getKey(), false, share(entry.getValue(), scale), ""));
                }
                for (boolean sensitive : mapping.caseSensitive()) {
                    if (caseSensitive != null && caseSensitive != sensitive) {
                        warning(declaration, "item '" + id + "': its answers differ in case sensitivity; Sala uses one setting,"
                                + " that of the first answer");
                        break;
                    }
                    caseSensitive = caseSensitive == null ? sensitive : caseSensitive;
                }
            }
            case Scoring.Ladder ladder -> {
                for (Branch branch : ladder.branches()) {
                    switch (branch.test()) {
                        case Test.StringMatch match -> {
                            answers.add(new AcceptedAnswer(match.value(), false, branch.credit(), ladderFeedback(branch)));
                            caseSensitive = caseSensitive == null ? match.caseSensitive() : caseSensitive;
                        }
                        case Test.Match match -> answers.add(new AcceptedAnswer(match.value(), false, branch.credit(), ladderFeedback(branch)));
                        case Test.Correct correct -> correctValues(declaration).forEach(value ->
                                answers.add(new AcceptedAnswer(value, false, branch.credit(), ladderFeedback(branch))));
                        case Test.Equal equal -> {
                            error(declaration, "item '" + id + "' compares a text response as a number");
                            return Optional.empty();
                        }
                    }
                }
            }
        }
        if (withFeedback) {
            for (int i = 0; i < answers.size(); i++) {
                AcceptedAnswer answer = answers.get(i);
                Optional<String> feedback = feedbackFor(response, test -> switch (test) {
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

    private Optional<Question> numeric(QuestionBasics basics, Element declaration, Scoring scoring, boolean withFeedback) {
        var answers = new ArrayList<NumericAnswer>();
        switch (scoring) {
            case Scoring.MatchCorrect all -> {
                for (String value : correctValues(declaration)) {
                    answers.add(new NumericAnswer(number(declaration, value), BigDecimal.ZERO, NumericAnswer.Tolerance.ABSOLUTE,
                            BigDecimal.ONE, ""));
                }
            }
            case Scoring.Mapped mapped -> {
                Mapping mapping = mapping(declaration);
                BigDecimal scale = scale(declaration, mapping.entries().values().stream().reduce(BigDecimal.ZERO, BigDecimal::max));
                mapping.entries().forEach((key, credit) -> answers.add(new NumericAnswer(number(declaration, key), BigDecimal.ZERO,
                        NumericAnswer.Tolerance.ABSOLUTE, share(credit, scale), "")));
            }
            case Scoring.Ladder ladder -> {
                BigDecimal scale = scale(declaration, ladder.branches().stream().map(Branch::credit).reduce(BigDecimal.ZERO, BigDecimal::max));
                for (Branch branch : ladder.branches()) {
                    String feedback = withFeedback ? ladderFeedback(branch) : "";
                    BigDecimal credit = share(branch.credit(), scale);
                    switch (branch.test()) {
                        case Test.Equal equal -> answers.add(new NumericAnswer(equal.value(), tolerance(declaration, equal),
                                equal.relative() ? NumericAnswer.Tolerance.RELATIVE : NumericAnswer.Tolerance.ABSOLUTE, credit, feedback));
                        case Test.Match match -> answers.add(new NumericAnswer(number(declaration, match.value()), BigDecimal.ZERO,
                                NumericAnswer.Tolerance.ABSOLUTE, credit, feedback));
                        case Test.Correct correct -> correctValues(declaration).forEach(value -> answers.add(new NumericAnswer(
                                number(declaration, value), BigDecimal.ZERO, NumericAnswer.Tolerance.ABSOLUTE, credit, feedback)));
                        case Test.StringMatch text -> {
                            error(declaration, "item '" + id + "' compares a number response as text");
                            return Optional.empty();
                        }
                    }
                }
            }
        }
        return Optional.of(new NumericQuestion(basics, answers, List.of(), false, BigDecimal.ZERO));
    }

    private BigDecimal tolerance(Element where, Test.Equal equal) {
        BigDecimal tolerance = equal.tolerances().stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        if (equal.tolerances().size() == 2 && equal.tolerances().get(0).compareTo(equal.tolerances().get(1)) != 0) {
            warning(where, "item '" + id + "': value " + equal.value().toPlainString() + " has different tolerances below and above;"
                    + " Sala uses the larger, " + tolerance.toPlainString() + ", on both sides");
        }
        if (!equal.inclusive()) {
            warning(where, "item '" + id + "': value " + equal.value().toPlainString() + " excludes its bounds; Sala includes them");
        }
        // QTI's relative tolerance is a percentage; Sala's a share.
        return equal.relative() ? Decimals.canonical(tolerance.movePointLeft(2)) : tolerance;
    }

    private BigDecimal number(Element where, String text) {
        return Qti.decimal(text).orElseThrow(() -> new IllegalArgumentException("'" + text + "' (line " + SafeXml.line(where)
                + ") is not a number"));
    }

    private String ladderFeedback(Branch branch) {
        return branch.feedback().map(key -> {
            feedbackUsed.add(key);
            return modalFeedback.getOrDefault(key, "");
        }).orElse("");
    }

    private Optional<String> feedbackFor(String response, java.util.function.Predicate<Test> test) {
        return rules.feedback().stream().filter(rule -> rule.response().equals(response) && test.test(rule.test()))
                .map(rule -> {
                    feedbackUsed.add(rule.feedback());
                    return modalFeedback.getOrDefault(rule.feedback(), "");
                }).findFirst();
    }

    // ---------------------------------------------------------------------------------------------- cloze

    private Optional<Question> cloze(Element body, Element clozeText, List<Element> interactions) {
        var gapIds = new LinkedHashMap<Element, String>();
        for (Element interaction : interactions) {
            String response = interaction.getAttribute("response-identifier");
            String gapId = response.startsWith(Qti.RESPONSE + "_") ? response.substring(Qti.RESPONSE.length() + 1) : response;
            gapIds.put(interaction, gapId.replaceAll("[^A-Za-z0-9_-]", "-"));
        }
        BodyText marked = new BodyText(file, problems, element -> gapIds.containsKey(element)
                ? Optional.of("{{" + gapIds.get(element) + "}}")
                : SafeXml.localName(element).startsWith("qti-feedback") ? Optional.of("") : Optional.empty());
        String text;
        QuestionBasics basics;
        if (clozeText != null) {
            text = marked.markdown(clozeText);
            basics = basics(body, List.of(), Set.of(clozeText));
        } else {
            // No marked text: the paragraphs before the first gap are the prompt, the rest is the text.
            List<String> paragraphs = marked.blocks(body);
            int first = 0;
            while (first < paragraphs.size() && !ClozeQuestion.MARKER.matcher(paragraphs.get(first)).find()) {
                first++;
            }
            text = String.join("\n\n", paragraphs.subList(first, paragraphs.size()));
            String prompt = String.join("\n\n", paragraphs.subList(0, first));
            basics = new QuestionBasics(id, prompt.isBlank() ? Optional.of(root.getAttribute("title").strip())
                    .filter(title -> !title.isEmpty()).orElse(text) : prompt, points(),
                    Optional.ofNullable(modalFeedback.get(Qti.GENERAL)).orElse(""), List.of());
            feedbackUsed.add(Qti.GENERAL);
        }
        var gaps = new ArrayList<Gap>();
        for (var entry : gapIds.entrySet()) {
            Element interaction = entry.getKey();
            String gapId = entry.getValue();
            String response = interaction.getAttribute("response-identifier");
            var gapBasics = new QuestionBasics(id + "-" + gapId, "Gap " + gapId, BigDecimal.ONE, "", List.of());
            Optional<Question> question = SafeXml.localName(interaction).equals("qti-inline-choice-interaction")
                    ? inlineChoice(gapBasics, interaction, response)
                    : entry(gapBasics, interaction, response, false);
            if (question.isEmpty()) {
                return Optional.empty();
            }
            // Reading the gap's question found its scoring, so it is there.
            gaps.add(new Gap(gapId, rules.scoring().get(response).weight(), question.get()));
        }
        return Optional.of(new ClozeQuestion(basics, text, gaps));
    }

    private Optional<Question> inlineChoice(QuestionBasics basics, Element interaction, String response) {
        Optional<Element> declaration = declaration(interaction, response);
        Optional<Scoring> scoring = scoring(interaction, response);
        if (declaration.isEmpty() || scoring.isEmpty()) {
            return Optional.empty();
        }
        List<Element> options = SafeXml.children(interaction, "qti-inline-choice");
        Map<String, BigDecimal> credits = credits(declaration.get(), scoring.get(), ids(options), false);
        if (credits == null) {
            return Optional.empty();
        }
        var choices = new ArrayList<Choice>();
        for (Element option : options) {
            String optionId = option.getAttribute("identifier");
            choices.add(new Choice(optionId, choiceText(option), credits.getOrDefault(optionId, BigDecimal.ZERO), ""));
        }
        return Optional.of(new SingleChoiceQuestion(basics, choices, Qti.isTrue(interaction, "shuffle")));
    }

    // ------------------------------------------------------------------------------------------- scoring

    private Optional<Element> declaration(Element interaction, String response) {
        Element declaration = declarations.get(response);
        if (declaration == null) {
            error(interaction, "item '" + id + "': response '" + response + "' has no qti-response-declaration");
        }
        return Optional.ofNullable(declaration);
    }

    private Optional<Scoring> scoring(Element interaction, String response) {
        Scoring scoring = rules.scoring().get(response);
        if (scoring == null) {
            error(interaction, "item '" + id + "': its response processing does not score response '" + response + "'");
        }
        return Optional.ofNullable(scoring);
    }

    private List<String> correctValues(Element declaration) {
        return SafeXml.child(declaration, "qti-correct-response").map(Qti::values).orElse(List.of());
    }

    /** A response's mapping: keys to values in document order, and each entry's case sensitivity. */
    private record Mapping(Map<String, BigDecimal> entries, List<Boolean> caseSensitive, BigDecimal defaultValue,
                           Optional<BigDecimal> upperBound) {
    }

    private Mapping mapping(Element declaration) {
        var entries = new LinkedHashMap<String, BigDecimal>();
        var caseSensitive = new ArrayList<Boolean>();
        Optional<Element> mapping = SafeXml.child(declaration, "qti-mapping");
        if (mapping.isEmpty()) {
            return new Mapping(entries, caseSensitive, BigDecimal.ZERO, Optional.empty());
        }
        for (Element entry : SafeXml.children(mapping.get(), "qti-map-entry")) {
            Optional<BigDecimal> value = Qti.attribute(entry, "mapped-value").flatMap(Qti::decimal);
            if (value.isEmpty()) {
                warning(entry, "item '" + id + "': map entry '" + entry.getAttribute("map-key") + "' has no numeric mapped-value; left out");
                continue;
            }
            entries.put(entry.getAttribute("map-key"), value.get());
            caseSensitive.add(!"false".equals(entry.getAttribute("case-sensitive")));
        }
        BigDecimal defaultValue = Qti.attribute(mapping.get(), "default-value").flatMap(Qti::decimal).orElse(BigDecimal.ZERO);
        if (defaultValue.signum() != 0) {
            warning(mapping.get(), "item '" + id + "': the mapping's default value " + defaultValue.toPlainString()
                    + " is not kept; responses not listed earn nothing in Sala");
        }
        return new Mapping(entries, caseSensitive, defaultValue, Qti.attribute(mapping.get(), "upper-bound").flatMap(Qti::decimal));
    }

    /**
     * Credits of a choice interaction's options. Mapped values are credits (shares of the points); an item
     * whose best response maps to more than 1 gives points instead, read as shares of that best.
     *
     * @return null after reporting an error
     */
    private Map<String, BigDecimal> credits(Element declaration, Scoring scoring, List<String> options, boolean multiple) {
        var credits = new LinkedHashMap<String, BigDecimal>();
        switch (scoring) {
            case Scoring.MatchCorrect all -> correctValues(declaration).forEach(value -> credits.put(value, BigDecimal.ONE));
            case Scoring.Mapped mapped -> {
                Mapping mapping = mapping(declaration);
                BigDecimal best = multiple
                        ? mapping.entries().values().stream().filter(value -> value.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add)
                        : mapping.entries().values().stream().reduce(BigDecimal.ZERO, BigDecimal::max);
                if (multiple && mapping.upperBound().isPresent() && mapping.upperBound().get().compareTo(best) < 0
                        && best.compareTo(BigDecimal.ONE) > 0) {
                    warning(declaration, "item '" + id + "': its mapping is capped at " + mapping.upperBound().get().toPlainString()
                            + "; Sala reads each option's value as its share of " + best.toPlainString());
                }
                BigDecimal scale = scale(declaration, best);
                mapping.entries().forEach((key, value) -> credits.put(key, share(value, scale)));
            }
            case Scoring.Ladder ladder -> {
                for (Branch branch : ladder.branches()) {
                    switch (branch.test()) {
                        case Test.Match match -> credits.putIfAbsent(match.value(), branch.credit());
                        case Test.Correct correct -> correctValues(declaration).forEach(value -> credits.putIfAbsent(value, branch.credit()));
                        default -> {
                            error(declaration, "item '" + id + "': options are tested with match, not as numbers or text");
                            return null;
                        }
                    }
                }
            }
        }
        for (String key : credits.keySet()) {
            if (!options.contains(key)) {
                error(declaration, "item '" + id + "': response value '" + key + "' names no choice of the interaction");
                return null;
            }
        }
        return credits;
    }

    /** 1 when the values are credits already; the best value when they are points. */
    private BigDecimal scale(Element where, BigDecimal best) {
        if (best.compareTo(BigDecimal.ONE) <= 0) {
            return BigDecimal.ONE;
        }
        warning(where, "item '" + id + "': its best response scores " + best.toPlainString()
                + "; Sala reads the values as shares of it");
        return best;
    }

    private static BigDecimal share(BigDecimal value, BigDecimal scale) {
        return scale.compareTo(BigDecimal.ONE) == 0 ? value
                : Decimals.canonical(value.divide(scale, new MathContext(Decimals.SCALE + 1)).setScale(Decimals.SCALE, java.math.RoundingMode.HALF_EVEN));
    }

    // ------------------------------------------------------------------------------------------ problems

    private void error(Element element, String message) {
        problems.add(new Problem(Problem.Severity.ERROR, file, line(element), column(element), message));
    }

    private void warning(Element element, String message) {
        problems.add(new Problem(Problem.Severity.WARNING, file, line(element), column(element), message));
    }

    private static int line(Element element) {
        return element == null ? 0 : SafeXml.line(element);
    }

    private static int column(Element element) {
        return element == null ? 0 : SafeXml.column(element);
    }
}

package org.sala.pack.moodle;

import org.sala.pack.interchange.HtmlText;
import org.sala.pack.interchange.ImportResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sala.engine.question.AcceptedAnswer;
import org.sala.engine.question.Choice;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.Difficulty;
import org.sala.engine.question.Gap;
import org.sala.engine.question.MatchPair;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.MultipleChoiceScoring;
import org.sala.engine.question.NumericAnswer;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.NumericUnit;
import org.sala.engine.question.OrderItem;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.OutcomeFeedback;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.Problem;
import org.sala.pack.interchange.ImportedQuestion;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a Moodle XML question file ({@code <quiz><question type="...">...</quiz>}) into pack questions.
 * Never throws on what the file holds: malformed XML, a DOCTYPE, an unknown type or a broken question is
 * an error at its {@code file:line:column}; a broken question is skipped and the others are still read.
 * What Sala cannot keep is a warning at the element it concerns.
 *
 * <p>Every question: {@code name} becomes the id ({@link QuestionIds}: a slug as GIFT titles give, unique
 * in the file, {@code qN} when the name gives none, with a warning), {@code questiontext} the prompt,
 * {@code defaultgrade} the points (1 when absent), {@code generalfeedback} and each {@code hint} are
 * kept, {@code tags} become the pack question's tags, and the last {@code <question type="category">}
 * before it gives its category (the path as written, e.g. {@code $course$/top/ASEAN}). Texts are kept as
 * written, whatever their {@code format} (html, markdown, plain_text, moodle_auto_format); CDATA is read
 * like any text. A Moodle file has no difficulty and no lesson sections: questions come in as medium,
 * linked to no section.
 *
 * <p>By type:
 * <ul>
 *   <li>{@code multichoice}: {@code single} true is a {@link SingleChoiceQuestion} (an answer with fraction
 *       100 is required), false a {@link MultipleChoiceQuestion} scored by
 *       {@link MultipleChoiceScoring#OPTION_PERCENTAGES} (a positive fraction is required, and the positive
 *       ones must add up to 100). A fraction is a percentage: credit = fraction / 100, matched to Moodle's
 *       grade list within 0.00001 ({@link MoodleGrades}), so thirds add up to 1. Options are named a, b, c.</li>
 *   <li>{@code truefalse}: the answer whose text is {@code true} or {@code false} and has fraction 100 is
 *       right; each answer's feedback goes with it.</li>
 *   <li>{@code shortanswer}: {@code usecase} 1 is case-sensitive. Matching is Moodle's: ends trimmed, NFC,
 *       inner whitespace as typed. An answer with an unescaped {@code *} is a wildcard pattern; {@code \*}
 *       is a literal star.</li>
 *   <li>{@code numerical}: each answer's value, absolute {@code tolerance}, fraction and feedback; the
 *       answer {@code *} (any other number) has no Sala equivalent and is dropped with a warning. Units:
 *       {@code showunits} 3 means none are used; {@code unitgradingtype} 0 makes them optional, 1 or 2
 *       required with {@code unitpenalty}. Sala takes the penalty off the credit (Moodle's type 2); for
 *       type 1 Moodle takes it as a share of the response's mark, the same for a fully right answer, and a
 *       warning says so when a partly right answer exists. Units offered as a list ({@code showunits} 1, 2),
 *       units before the number ({@code unitsleft}) and unit {@code instructions} are warnings.</li>
 *   <li>{@code matching}: each {@code subquestion} with text is a pair; one with empty text is a distractor.
 *       The combined feedback (correct, partially correct, incorrect) is the {@link OutcomeFeedback}.</li>
 *   <li>{@code ordering} (the {@code qtype_ordering} format): the answers in file order are the right
 *       order; {@code gradingtype} maps as {@link OrderingGrading} says; showing only some of the items
 *       ({@code selecttype} RANDOM or CONTIGUOUS with {@code selectcount} below the number of items) is a
 *       warning, as Sala shows them all.</li>
 *   <li>{@code cloze} ({@code multianswer}): each embedded answer ({@link ClozeSyntax}) becomes a gap
 *       {@code {{g1}}}, {@code {{g2}}}, ... with its weight: SHORTANSWER and SHORTANSWER_C a short-answer gap,
 *       NUMERICAL a numeric gap, the MULTICHOICE forms a single-choice gap (the _S forms shuffled);
 *       MULTIRESPONSE has no Sala gap and is an error. A first paragraph (up to a blank line) holding no gap
 *       is the prompt; otherwise the prompt is "{@value #CLOZE_PROMPT}". Moodle gives a cloze question the
 *       sum of its weights as its mark; a {@code defaultgrade}, which Moodle neither writes nor reads for
 *       cloze but {@link MoodleXmlExport} does, is honoured.</li>
 *   <li>{@code description} and {@code essay}: a warning, skipped (as GIFT's). Any other type is an error naming it.</li>
 * </ul>
 *
 * <p>Not imported, with a warning: {@code penalty} other than Moodle's defaults (0.3333333, and 1 for
 * true/false), since a Sala quiz sets its own penalty for retries; embedded {@code <file>}s (images); the
 * combined feedback of a multichoice question; feedback on ordering items. Ignored as presentation or
 * bank housekeeping: {@code answernumbering}, {@code showstandardinstruction}, {@code shownumcorrect}, the
 * hint options, the ordering {@code layouttype} and {@code showgrading}, {@code hidden}, {@code idnumber}.
 */
public final class MoodleXmlImport {

    /** The prompt of a cloze question whose text starts with no paragraph of its own. */
    static final String CLOZE_PROMPT = "Fill in the gaps.";

    private static final List<String> TYPES = List.of("multichoice", "truefalse", "shortanswer", "numerical", "matching",
            "ordering", "cloze", "description", "category");
    private static final BigDecimal DEFAULT_PENALTY = new BigDecimal("0.3333333");
    private static final BigDecimal CLOSE_TO_DEFAULT_PENALTY = new BigDecimal("0.005");
    /** A number as Moodle writes one; the exponent is kept short, so no value can make decimal arithmetic huge. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:[0-9]+[.,]?[0-9]*|[.,][0-9]+)(?:[eE][-+]?[0-9]{1,3})?");
    private static final Pattern NUMERICAL_ALTERNATIVE = Pattern.compile("(" + NUMBER.pattern() + ")(?::(" + NUMBER.pattern() + "))?");
    private static final Pattern BLANK_LINE = Pattern.compile("\\R[ \\t]*\\R");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    /** An error that stops reading one question, at the element it concerns. */
    private static final class Refusal extends RuntimeException {

        private final Element at;

        Refusal(Element at, String message) {
            super(message, null, false, false);
            this.at = at;
        }
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final QuestionIds ids = new QuestionIds();
    /** Warnings about the question being read; kept only if it is read. */
    private final List<Problem> pending = new ArrayList<>();

    private MoodleXmlImport(String file) {
        this.file = file;
    }

    /**
     * Reads a Moodle XML file.
     *
     * @param fileName how problems name the file
     * @param text     the file's content
     */
    public static ImportResult read(String fileName, String text) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        SafeXml.Parsed parsed = SafeXml.parse(fileName, text);
        if (parsed.document().isEmpty()) {
            return new ImportResult(List.of(), parsed.problems());
        }
        var reader = new MoodleXmlImport(fileName);
        List<ImportedQuestion> questions = reader.quiz(parsed.document().get().getDocumentElement());
        List<Problem> inLineOrder = reader.problems.stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)).toList();
        return new ImportResult(questions, inLineOrder);
    }

    private List<ImportedQuestion> quiz(Element root) {
        var questions = new ArrayList<ImportedQuestion>();
        if (!SafeXml.localName(root).equals("quiz")) {
            problems.add(problem(Problem.Severity.ERROR, root, "the root element is <" + SafeXml.localName(root)
                    + ">; a Moodle XML question file holds <quiz>"));
            return questions;
        }
        String category = "";
        int position = 0;
        for (Element element : SafeXml.children(root, "question")) {
            String type = element.getAttribute("type").strip();
            if (type.equals("category")) {
                category = category(element).orElse(category);
            } else if (type.equals("description")) {
                problems.add(problem(Problem.Severity.WARNING, element, "description items are not questions; skipped"));
            } else if (type.equals("essay")) {
                // As the GIFT importer does: an essay is graded by a person, which Sala's question types are not (yet).
                position++;
                String name = text(element, "name");
                problems.add(problem(Problem.Severity.WARNING, element, "question '" + (name.isEmpty() ? "q" + position : name)
                        + "' is an essay; essay/description questions are not imported"));
            } else {
                position++;
                String current = category;
                question(element, type, position).ifPresent(question -> questions.add(new ImportedQuestion(current, question)));
            }
        }
        return questions;
    }

    private Optional<String> category(Element element) {
        Optional<String> path = SafeXml.child(element, "category").map(this::textOf).filter(text -> !text.isEmpty());
        if (path.isEmpty()) {
            problems.add(problem(Problem.Severity.WARNING, element, "a category entry names no category; ignored"));
        } else if (LINE_BREAKS.matcher(path.get()).find()) {
            problems.add(problem(Problem.Severity.WARNING, element,
                    "category '" + path.get() + "' holds a line break; read as one line"));
            return path.map(text -> LINE_BREAKS.matcher(text).replaceAll(" "));
        }
        return path;
    }

    private Optional<PackQuestion> question(Element element, String type, int position) {
        pending.clear();
        String name = text(element, "name");
        String id = ids.propose(name, position);
        try {
            Question question = switch (type) {
                case "multichoice" -> multichoice(element, basics(element, id));
                case "truefalse" -> trueFalse(element, basics(element, id));
                case "shortanswer" -> shortAnswer(element, basics(element, id));
                case "numerical" -> numerical(element, basics(element, id));
                case "matching", "match" -> matching(element, basics(element, id));
                case "ordering" -> ordering(element, basics(element, id));
                case "cloze", "multianswer" -> cloze(element, id);
                case "" -> throw new Refusal(element, "a <question> has no type; the types read are " + String.join(", ", TYPES));
                default -> throw new Refusal(element, "question type '" + type + "' is not supported; the types read are "
                        + String.join(", ", TYPES));
            };
            ids.take(id);
            String slug = QuestionIds.slug(name);
            if (name.isEmpty()) {
                warn(element, type + " question " + position + " has no name; its id is '" + id + "'");
            } else if (slug.isEmpty()) {
                warn(element, "question '" + name + "': its name holds no letter a-z or digit; its id is '" + id + "'");
            } else if (!slug.equals(id)) {
                warn(element, "question '" + name + "': an earlier question has id '" + slug + "'; this one is '" + id + "'");
            }
            checkPenalty(element, type, id);
            checkFiles(element, id);
            problems.addAll(pending);
            return Optional.of(new PackQuestion(question, Difficulty.MEDIUM, tags(element), List.of()));
        } catch (Refusal refusal) {
            problems.add(problem(Problem.Severity.ERROR, refusal.at, naming(id, refusal.getMessage())));
        } catch (IllegalArgumentException | ArithmeticException refused) {
            // The engine's records have the last word on validity.
            problems.add(problem(Problem.Severity.ERROR, element, naming(id, refused.getMessage())));
        }
        return Optional.empty();
    }

    /** A message that names the question it concerns. */
    private static String naming(String id, String message) {
        return message.contains("question '") ? message : "question '" + id + "': " + message;
    }

    private QuestionBasics basics(Element question, String id) {
        BigDecimal points = value(question, "defaultgrade").map(text -> number(question, text, "defaultgrade")).orElse(BigDecimal.ONE);
        return new QuestionBasics(id, text(question, "questiontext"), points, text(question, "generalfeedback"), hints(question));
    }

    private List<String> hints(Element question) {
        return SafeXml.children(question, "hint").stream().map(this::textOf).filter(text -> !text.isEmpty()).toList();
    }

    private Question multichoice(Element question, QuestionBasics basics) {
        boolean single = flag(question, "single", true);
        List<Choice> choices = new ArrayList<>();
        for (Element answer : answers(question, basics.id())) {
            choices.add(new Choice(choiceId(choices.size()), textOf(answer), credit(answer), text(answer, "feedback")));
        }
        if (single && choices.stream().noneMatch(Choice::isFullCredit)) {
            throw new Refusal(question, "multichoice question '" + basics.id()
                    + "' has no right answer: no answer has fraction 100");
        }
        if (!single && choices.stream().noneMatch(Choice::isRight)) {
            throw new Refusal(question, "multichoice question '" + basics.id()
                    + "' has no right answer: no answer has a positive fraction");
        }
        if (!single) {
            BigDecimal sum = choices.stream().map(Choice::credit).filter(credit -> credit.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.subtract(BigDecimal.ONE).abs().compareTo(new BigDecimal("0.000001")) > 0) {
                // Moodle keeps a multiple-answer question whose right answers add up to more (or less) than 100%; Sala's
                // right options share the marks, so each becomes its share.
                warn(question, "question '" + basics.id() + "': its right answers' fractions add up to "
                        + sum.movePointRight(2).stripTrailingZeros().toPlainString() + "%; each is scaled to its share of 100%");
                var scaled = new ArrayList<Choice>();
                for (Choice choice : choices) {
                    scaled.add(choice.credit().signum() <= 0 ? choice : new Choice(choice.id(), choice.text(),
                            choice.credit().divide(sum, java.math.MathContext.DECIMAL64).stripTrailingZeros(), choice.feedback()));
                }
                choices = scaled;
            }
        }
        if (!outcomeFeedback(question).equals(OutcomeFeedback.NONE)) {
            warn(question, "question '" + basics.id() + "': the feedback for correct, partially correct and incorrect responses"
                    + " is not imported; Sala's choice questions have feedback per option only");
        }
        boolean shuffle = flag(question, "shuffleanswers", false);
        return single ? new SingleChoiceQuestion(basics, choices, shuffle)
                : new MultipleChoiceQuestion(basics, choices, MultipleChoiceScoring.OPTION_PERCENTAGES, shuffle);
    }

    private Question trueFalse(Element question, QuestionBasics basics) {
        String feedbackTrue = "";
        String feedbackFalse = "";
        Boolean rightIsTrue = null;
        List<Element> answers = SafeXml.children(question, "answer");
        for (int i = 0; i < answers.size(); i++) {
            Element answer = answers.get(i);
            String text = textOf(answer);
            boolean isTrue = switch (text) {
                case "true" -> true;
                case "false" -> false;
                default -> {
                    // Old exports wrote the localised word; Moodle then takes the first answer as "true".
                    warn(answer, "true/false answer '" + text + "' is neither 'true' nor 'false'; read as '" + (i == 0)
                            + "' by its place");
                    yield i == 0;
                }
            };
            boolean right = credit(answer).compareTo(BigDecimal.ONE) == 0;
            if (isTrue) {
                feedbackTrue = text(answer, "feedback");
            } else {
                feedbackFalse = text(answer, "feedback");
            }
            if (right && rightIsTrue != null && rightIsTrue != isTrue) {
                throw new Refusal(question, "truefalse question '" + basics.id() + "' gives fraction 100 to both 'true' and 'false'");
            }
            if (right) {
                rightIsTrue = isTrue;
            }
        }
        if (rightIsTrue == null) {
            throw new Refusal(question, "truefalse question '" + basics.id()
                    + "' has no right answer: neither 'true' nor 'false' has fraction 100");
        }
        return new TrueFalseQuestion(basics, rightIsTrue, feedbackTrue, feedbackFalse);
    }

    private Question shortAnswer(Element question, QuestionBasics basics) {
        boolean caseSensitive = flag(question, "usecase", false);
        var answers = new ArrayList<AcceptedAnswer>();
        for (Element answer : answers(question, basics.id())) {
            answers.add(accepted(textOf(answer), credit(answer), text(answer, "feedback")));
        }
        return new ShortAnswerQuestion(basics, answers, moodleMatching(caseSensitive));
    }

    /** How Moodle compares a short answer: both sides NFC, the response's ends trimmed, case as chosen. */
    static TextMatching moodleMatching(boolean caseSensitive) {
        return new TextMatching(caseSensitive, false, TextMatching.UnicodeForm.NFC, false);
    }

    /** A Moodle short answer: a pattern if it has an unescaped {@code *}, else the text with {@code \*} as a star. */
    static AcceptedAnswer accepted(String text, BigDecimal credit, String feedback) {
        boolean wildcard = Pattern.compile("(?<!\\\\)\\*").matcher(text).find();
        return new AcceptedAnswer(wildcard ? text : text.replace("\\*", "*"), wildcard, credit, feedback);
    }

    private Question numerical(Element question, QuestionBasics basics) {
        var answers = new ArrayList<NumericAnswer>();
        for (Element answer : SafeXml.children(question, "answer")) {
            String text = textOf(answer);
            BigDecimal credit = credit(answer);
            String feedback = text(answer, "feedback");
            if (text.isEmpty() || text.equals("*")) {
                warn(answer, "question '" + basics.id() + "': the answer '*' (any other number) is not imported;"
                        + " Sala has no catch-all answer" + (feedback.isEmpty() ? "" : ", so its feedback is lost"));
                continue;
            }
            BigDecimal tolerance = value(answer, "tolerance").map(value -> number(answer, value, "tolerance")).orElse(BigDecimal.ZERO);
            answers.add(new NumericAnswer(number(answer, text, "answer"), tolerance, NumericAnswer.Tolerance.ABSOLUTE, credit,
                    feedback));
        }
        List<Element> unitElements = SafeXml.child(question, "units").map(units -> SafeXml.children(units, "unit")).orElse(List.of());
        int showUnits = whole(question, "showunits", unitElements.isEmpty() ? 3 : 0);
        int unitGrading = whole(question, "unitgradingtype", 0);
        var units = new ArrayList<NumericUnit>();
        if (showUnits == 3) {
            if (!unitElements.isEmpty()) {
                warn(question, "question '" + basics.id()
                        + "' lists units but does not use them (showunits 3); they are not imported");
            }
        } else {
            for (Element unit : unitElements) {
                BigDecimal multiplier = value(unit, "multiplier").map(value -> number(unit, value, "multiplier"))
                        .orElse(BigDecimal.ONE);
                units.add(new NumericUnit(value(unit, "unit_name").orElse(""), multiplier));
            }
        }
        boolean required = !units.isEmpty() && unitGrading != 0;
        BigDecimal penalty = value(question, "unitpenalty").map(value -> number(question, value, "unitpenalty"))
                .orElse(required ? new BigDecimal("0.1") : BigDecimal.ZERO);
        if (required && unitGrading == 1 && answers.stream().anyMatch(answer -> answer.credit().signum() > 0
                && answer.credit().compareTo(BigDecimal.ONE) < 0)) {
            warn(question, "question '" + basics.id() + "': Moodle takes the unit penalty as a share of the response's mark"
                    + " (unitgradingtype 1); Sala takes it off the credit, which differs for partly right answers");
        }
        if (!units.isEmpty() && (showUnits == 1 || showUnits == 2)) {
            warn(question, "question '" + basics.id() + "': Moodle does not take the unit as typed text here (showunits " + showUnits
                    + "); Sala reads a unit typed after the number");
        }
        if (!units.isEmpty() && whole(question, "unitsleft", 0) == 1) {
            warn(question, "question '" + basics.id() + "' puts units before the number; Sala reads a unit typed after the number");
        }
        if (!text(question, "instructions").isEmpty()) {
            warn(question, "question '" + basics.id() + "': the unit instructions are not imported");
        }
        return new NumericQuestion(basics, answers, units, required, penalty);
    }

    private Question matching(Element question, QuestionBasics basics) {
        var pairs = new ArrayList<MatchPair>();
        Set<String> distractors = new LinkedHashSet<>();
        for (Element subquestion : SafeXml.children(question, "subquestion")) {
            String prompt = textOf(subquestion);
            String answer = text(subquestion, "answer");
            if (prompt.isEmpty() && !answer.isEmpty()) {
                distractors.add(answer);
            } else if (!prompt.isEmpty() && answer.isEmpty()) {
                throw new Refusal(subquestion, "matching question '" + basics.id() + "': subquestion '" + prompt + "' has no answer");
            } else if (!prompt.isEmpty()) {
                pairs.add(new MatchPair("p" + (pairs.size() + 1), prompt, answer));
            }
        }
        // Moodle offers each answer text once, so a distractor repeating an answer changes nothing.
        pairs.forEach(pair -> distractors.remove(pair.answer()));
        return new MatchingQuestion(basics, pairs, List.copyOf(distractors), flag(question, "shuffleanswers", true),
                outcomeFeedback(question));
    }

    private Question ordering(Element question, QuestionBasics basics) {
        var items = new ArrayList<OrderItem>();
        for (Element answer : answers(question, basics.id())) {
            items.add(new OrderItem("i" + (items.size() + 1), textOf(answer)));
            if (!text(answer, "feedback").isEmpty()) {
                warn(answer, "question '" + basics.id() + "': feedback on ordering item '" + textOf(answer) + "' is not imported");
            }
        }
        Optional<String> gradingText = value(question, "gradingtype");
        OrderingGrading grading = gradingText.map(text -> OrderingGrading.parse(text).orElseGet(() -> {
            warn(question, "question '" + basics.id() + "' has grading type '" + text + "', which the ordering plugin does not know;"
                    + " read as its default, " + OrderingGrading.DEFAULT);
            return OrderingGrading.DEFAULT;
        })).orElse(OrderingGrading.DEFAULT);
        if (!grading.exact()) {
            warn(question, "question '" + basics.id() + "': Sala has no " + grading + " grading; it is graded by "
                    + grading.scoring() + " (a share for each item followed by the right one)");
        }
        String select = value(question, "selecttype").or(() -> value(question, "logical")).orElse("RANDOM").toUpperCase(Locale.ROOT);
        int count = whole(question, SafeXml.child(question, "selectcount").isPresent() ? "selectcount" : "studentsee", 6);
        if (!List.of("ALL", "EXACT", "0").contains(select) && count > 0 && count < items.size()) {
            warn(question, "question '" + basics.id() + "': Moodle shows " + count + " of its " + items.size()
                    + " items (selecttype " + select + "); Sala shows them all");
        }
        return new OrderingQuestion(basics, items, grading.scoring(), outcomeFeedback(question));
    }

    private Question cloze(Element question, String id) {
        Element questionText = SafeXml.child(question, "questiontext")
                .orElseThrow(() -> new Refusal(question, "cloze question '" + id + "' has no questiontext"));
        String source = rawTextOf(questionText);
        ClozeSyntax.Scan scan = ClozeSyntax.scan(source);
        scan.notes().forEach(note -> warn(questionText, "question '" + id + "': " + note));
        if (scan.answers().isEmpty()) {
            throw new Refusal(questionText, "cloze question '" + id + "' embeds no answer such as {1:SHORTANSWER:=ASEAN}");
        }
        var text = new StringBuilder();
        var gaps = new ArrayList<Gap>();
        BigDecimal weights = BigDecimal.ZERO;
        int last = 0;
        for (ClozeSyntax.Embedded embedded : scan.answers()) {
            String gapId = "g" + (gaps.size() + 1);
            text.append(source, last, embedded.start()).append("{{").append(gapId).append("}}");
            last = embedded.end();
            try {
                gaps.add(new Gap(gapId, embedded.weight(), gapQuestion(questionText, id, gapId, embedded)));
            } catch (IllegalArgumentException refused) {
                throw new Refusal(questionText, "cloze question '" + id + "', gap " + gapId + " " + embedded.source(source) + ": "
                        + refused.getMessage().replace("question '" + id + "-" + gapId + "' ", ""));
            }
            weights = weights.add(embedded.weight());
        }
        text.append(source, last, source.length());
        String prompt = CLOZE_PROMPT;
        // The gaps are markers ({{g1}}) by now, which the HTML conversion keeps as they are.
        String body = markdownOf(questionText, text.toString());
        Matcher blank = BLANK_LINE.matcher(body);
        if (blank.find()) {
            String head = body.substring(0, blank.start()).strip();
            String tail = body.substring(blank.end()).strip();
            if (!head.isEmpty() && ClozeQuestion.markers(head).isEmpty() && !ClozeQuestion.markers(tail).isEmpty()) {
                prompt = head;
                body = tail;
            }
        }
        BigDecimal sum = weights;
        BigDecimal points = value(question, "defaultgrade").map(value -> number(question, value, "defaultgrade")).orElse(sum);
        var basics = new QuestionBasics(id, prompt, points, text(question, "generalfeedback"), hints(question));
        return new ClozeQuestion(basics, body, gaps);
    }

    /**
     * The question behind one gap. Its own id, prompt and points are not shown or counted (the gap's weight
     * is); they follow the pack reader's convention so that equal gaps are equal records.
     */
    private Question gapQuestion(Element at, String questionId, String gapId, ClozeSyntax.Embedded embedded) {
        var basics = new QuestionBasics(questionId + "-" + gapId, "Gap " + gapId, BigDecimal.ONE, "", List.of());
        List<ClozeSyntax.Alternative> alternatives = embedded.alternatives();
        return switch (embedded.kind()) {
            case SHORT_ANSWER, SHORT_ANSWER_CASE_SENSITIVE -> new ShortAnswerQuestion(basics, alternatives.stream()
                    .map(alternative -> accepted(alternative.answer(), MoodleGrades.credit(alternative.percent()),
                            alternative.feedback()))
                    .toList(), moodleMatching(embedded.kind() == ClozeSyntax.Kind.SHORT_ANSWER_CASE_SENSITIVE));
            case NUMERICAL -> {
                var answers = new ArrayList<NumericAnswer>();
                for (ClozeSyntax.Alternative alternative : alternatives) {
                    if (alternative.answer().equals("*")) {
                        warn(at, "question '" + questionId + "', gap " + gapId + ": the answer '*' (any other number) is not imported;"
                                + " Sala has no catch-all answer");
                        continue;
                    }
                    Matcher number = NUMERICAL_ALTERNATIVE.matcher(alternative.answer());
                    if (!number.matches()) {
                        throw new IllegalArgumentException("'" + alternative.answer() + "' is not a number, nor a number:tolerance");
                    }
                    BigDecimal tolerance = number.group(2) == null ? BigDecimal.ZERO : decimal(number.group(2));
                    answers.add(new NumericAnswer(decimal(number.group(1)), tolerance, NumericAnswer.Tolerance.ABSOLUTE,
                            MoodleGrades.credit(alternative.percent()), alternative.feedback()));
                }
                yield new NumericQuestion(basics, answers, List.of(), false, BigDecimal.ZERO);
            }
            case MULTICHOICE, MULTICHOICE_SHUFFLED -> {
                var choices = new ArrayList<Choice>();
                for (ClozeSyntax.Alternative alternative : alternatives) {
                    choices.add(new Choice(choiceId(choices.size()), alternative.answer(), MoodleGrades.credit(alternative.percent()),
                            alternative.feedback()));
                }
                yield new SingleChoiceQuestion(basics, choices, embedded.kind() == ClozeSyntax.Kind.MULTICHOICE_SHUFFLED);
            }
            case MULTIRESPONSE -> throw new IllegalArgumentException(embedded.type()
                    + " (tick several) has no Sala equivalent; a gap is single-choice, short-answer or numeric");
        };
    }

    /** The answers of a question, blank ones left out with a warning (Moodle's editor drops them too). */
    private List<Element> answers(Element question, String id) {
        var answers = new ArrayList<Element>();
        for (Element answer : SafeXml.children(question, "answer")) {
            if (textOf(answer).isEmpty()) {
                warn(answer, "question '" + id + "' has an empty answer; skipped");
            } else {
                answers.add(answer);
            }
        }
        return answers;
    }

    private static BigDecimal credit(Element answer) {
        String fraction = answer.getAttribute("fraction").strip();
        BigDecimal percent = fraction.isEmpty() ? BigDecimal.ZERO : number(answer, fraction, "fraction");
        if (percent.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new Refusal(answer, "fraction " + fraction + " lies outside -100..100 (a percentage of the question's mark)");
        }
        return MoodleGrades.credit(percent);
    }

    private OutcomeFeedback outcomeFeedback(Element question) {
        return new OutcomeFeedback(text(question, "correctfeedback"), text(question, "partiallycorrectfeedback"),
                text(question, "incorrectfeedback"));
    }

    private Set<String> tags(Element question) {
        var tags = new LinkedHashSet<String>();
        SafeXml.child(question, "tags").ifPresent(list -> SafeXml.children(list, "tag").stream()
                .map(this::textOf).filter(tag -> !tag.isEmpty()).forEach(tags::add));
        return tags;
    }

    private void checkPenalty(Element question, String type, String id) {
        Optional<Element> element = SafeXml.child(question, "penalty");
        if (element.isEmpty()) {
            return;
        }
        String text = element.get().getTextContent().strip();
        if (text.isEmpty() || !NUMBER.matcher(text).matches()) {
            warn(element.get(), "question '" + id + "': penalty '" + text + "' is not a number; ignored");
            return;
        }
        BigDecimal penalty = decimal(text);
        boolean usual = penalty.subtract(DEFAULT_PENALTY).abs().compareTo(CLOSE_TO_DEFAULT_PENALTY) < 0
                || (type.equals("truefalse") && penalty.compareTo(BigDecimal.ONE) == 0);
        if (!usual) {
            warn(element.get(), "question '" + id + "': its penalty for each wrong try (" + penalty.toPlainString()
                    + ") is not imported; a Sala quiz sets its own penalty for retries");
        }
    }

    private void checkFiles(Element question, String id) {
        if (question.getElementsByTagName("file").getLength() > 0) {
            warn(question, "question '" + id
                    + "': embedded files (images) are not imported; links to them (@@PLUGINFILE@@) will be broken");
        }
    }

    /** The text of a child: its {@code <text>}, or its own text in an old file without one; empty when absent. */
    private String text(Element parent, String child) {
        return SafeXml.child(parent, child).map(this::textOf).orElse("");
    }

    /**
     * An element's text as Sala keeps it: HTML ({@code format="html"}, or Moodle's auto format holding markup) as
     * Markdown ({@link HtmlText}), with a warning at the element for what could not be kept; other formats as written.
     */
    private String textOf(Element element) {
        return markdownOf(element, rawTextOf(element));
    }

    /** An element's text exactly as written in the file (a cloze text is scanned so, before its HTML is converted). */
    private static String rawTextOf(Element element) {
        return SafeXml.child(element, "text").map(inner -> inner.getTextContent().strip()).orElseGet(() -> ownText(element));
    }

    /** A text of this element as Markdown when the element says (or its text shows) that it is HTML. */
    private String markdownOf(Element element, String text) {
        String format = element.getAttribute("format").strip().toLowerCase(java.util.Locale.ROOT);
        boolean html = format.equals("html") || (format.isEmpty() || format.equals("moodle_auto_format")) && HtmlText.looksLikeHtml(text);
        if (!html || text.isEmpty()) {
            return text;
        }
        HtmlText.Converted converted = HtmlText.toMarkdown(text);
        if (!converted.lost().isEmpty()) {
            warn(element, "<" + element.getTagName() + ">: HTML that Sala cannot keep is left out: " + String.join(", ", converted.lost()));
        }
        return converted.markdown();
    }

    private static String ownText(Element element) {
        var text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString().strip();
    }

    /** The content of a child holding a plain value ({@code <defaultgrade>1</defaultgrade>}); empty when absent or blank. */
    private static Optional<String> value(Element parent, String child) {
        return SafeXml.child(parent, child).map(element -> element.getTextContent().strip()).filter(text -> !text.isEmpty());
    }

    /** Moodle's reading of a yes/no value: "false", "0" and blank are no, anything else yes. */
    private static boolean flag(Element parent, String child, boolean absent) {
        return SafeXml.child(parent, child).map(element -> element.getTextContent().strip())
                .map(text -> !(text.isEmpty() || text.equals("0") || text.equalsIgnoreCase("false")))
                .orElse(absent);
    }

    private static int whole(Element parent, String child, int absent) {
        return value(parent, child).map(text -> number(SafeXml.child(parent, child).orElseThrow(), text, child).intValue())
                .orElse(absent);
    }

    private static BigDecimal number(Element at, String text, String what) {
        if (!NUMBER.matcher(text).matches()) {
            throw new Refusal(at, what + " '" + text + "' is not a number");
        }
        return decimal(text);
    }

    /** A number as Moodle accepts it: a decimal comma is read as a point. */
    private static BigDecimal decimal(String text) {
        String number = text.startsWith("+") ? text.substring(1) : text;
        return new BigDecimal(number.contains(".") ? number : number.replace(',', '.'));
    }

    /** Options are named by place, as the pack reader names options written without an id. */
    static String choiceId(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "option-" + (index + 1);
    }

    private void warn(Element at, String message) {
        pending.add(problem(Problem.Severity.WARNING, at, message));
    }

    private Problem problem(Problem.Severity severity, Element at, String message) {
        return new Problem(severity, file, SafeXml.line(at), SafeXml.column(at), message);
    }
}

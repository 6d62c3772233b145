package org.sala.pack.moodle;

import org.sala.pack.interchange.ExportResult;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.sala.engine.Decimals;
import org.sala.engine.question.AcceptedAnswer;
import org.sala.engine.question.Choice;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.Difficulty;
import org.sala.engine.question.Gap;
import org.sala.engine.question.MatchPair;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.NumericAnswer;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.NumericUnit;
import org.sala.engine.question.OrderItem;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.OutcomeFeedback;
import org.sala.engine.question.Question;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.Problem;
import org.sala.pack.interchange.ImportedQuestion;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes pack questions as a Moodle XML question file that Moodle's "Import questions" and
 * {@link MoodleXmlImport} both read. The id is written as the question's name; texts are written with
 * {@code format="markdown"}, as Sala's texts are Markdown; a category pseudo-question is written wherever
 * the category changes. Each type is written as {@link MoodleXmlImport} describes reading it, so that
 * model, then Moodle XML, then model gives the same question wherever Moodle XML can say it.
 *
 * <p>Where it cannot, the question is still written, as near as Moodle comes, with a warning that names
 * the question's id and says what changes; nothing is dropped silently. The warnings:
 * <ul>
 *   <li>difficulty other than medium, and lesson sections: Moodle XML has neither;</li>
 *   <li>an id an import would read back changed: one that is not a slug, or one written twice;</li>
 *   <li>option, pair, item and gap ids other than those an import gives back (a, b, c; p1, p2; i1, i2;
 *       g1, g2 in text order): Moodle names them by place;</li>
 *   <li>a multiple-choice question scored all-or-nothing or right-minus-wrong: Moodle's multichoice only
 *       adds up option percentages. Right-minus-wrong is written exactly as percentages (each right
 *       option 1/k, each wrong one -1/w); all-or-nothing as right 1/k, wrong -100%, which differs in
 *       giving part marks for some right options ticked. Both read back as option percentages;</li>
 *   <li>a credit that is not one of Moodle's grades ({@link MoodleGrades}): Moodle refuses such a question
 *       unless its import is told to round to the nearest grade;</li>
 *   <li>short-answer matching other than Moodle's (ends trimmed, NFC, case as chosen): collapsing inner
 *       whitespace, NFKC or no normalization, folding accents;</li>
 *   <li>a relative tolerance: Moodle's numerical tolerance is absolute, so value * tolerance is written;</li>
 *   <li>for cloze: gap weights that are not whole numbers (written scaled, same shares); points other than
 *       the sum of the weights (Moodle takes that sum, Sala reads back {@code defaultgrade}); a prompt of
 *       more than one paragraph (the prompt is written as the text's first paragraph, and an import takes
 *       only the first paragraph back); a gap's own feedback and hints, and numeric units in a gap;</li>
 *   <li>an empty category after a named one: a Moodle file cannot go back to "no category";</li>
 *   <li>a blank tag, or one with surrounding spaces: Moodle trims tags.</li>
 * </ul>
 */
public final class MoodleXmlExport {

    private static final String FORMAT = "markdown";
    private static final Pattern BLANK_LINE = Pattern.compile("\\R[ \\t]*\\R");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String EXPORT = "export";

    private final Document document = SafeXml.newDocument();
    private final List<Problem> warnings = new ArrayList<>();
    /** The ids an import of what is written gives, so an id that would come back changed is warned about. */
    private final QuestionIds idsReadBack = new QuestionIds();
    private String questionId = "";
    private int position;

    private MoodleXmlExport() {
    }

    /** Writes the questions in order, each in its category. */
    public static ExportResult write(List<ImportedQuestion> questions) {
        var export = new MoodleXmlExport();
        Element quiz = export.document.createElement("quiz");
        export.document.appendChild(quiz);
        String category = "";
        for (ImportedQuestion question : questions) {
            export.questionId = question.id();
            if (!question.category().equals(category)) {
                if (question.category().isEmpty()) {
                    export.warn("it has no category, but Moodle files it under the category before it ('" + category + "')");
                } else {
                    category = question.category();
                    export.category(quiz, category);
                }
            }
            export.question(quiz, question.question());
        }
        return ExportResult.utf8(SafeXml.write(export.document), export.warnings);
    }

    private void category(Element quiz, String path) {
        Element category = child(quiz, "question");
        category.setAttribute("type", "category");
        text(child(category, "category"), path);
    }

    private void question(Element quiz, PackQuestion packQuestion) {
        String readBack = idsReadBack.propose(packQuestion.id(), ++position);
        idsReadBack.take(readBack);
        if (!readBack.equals(packQuestion.id())) {
            warn("its id is written as its name, which an import reads back as '" + readBack + "'");
        }
        if (packQuestion.difficulty() != Difficulty.MEDIUM) {
            warn("difficulty '" + packQuestion.difficulty().label()
                    + "' is not written: Moodle XML has no difficulty, so it reads back as medium");
        }
        if (!packQuestion.sections().isEmpty()) {
            String sections = String.join(", ", packQuestion.sections().stream().map(Object::toString).toList());
            warn("the lesson sections that teach it (" + sections + ") are not written: Moodle XML cannot point at them");
        }
        Question question = packQuestion.question();
        Element element = switch (question) {
            case SingleChoiceQuestion single -> singleChoice(quiz, single);
            case MultipleChoiceQuestion multiple -> multipleChoice(quiz, multiple);
            case TrueFalseQuestion trueFalse -> trueFalse(quiz, trueFalse);
            case ShortAnswerQuestion shortAnswer -> shortAnswer(quiz, shortAnswer);
            case NumericQuestion numeric -> numeric(quiz, numeric);
            case MatchingQuestion matching -> matching(quiz, matching);
            case OrderingQuestion ordering -> ordering(quiz, ordering);
            case ClozeQuestion cloze -> cloze(quiz, cloze);
        };
        for (String hint : question.hints()) {
            formatted(element, "hint", hint);
        }
        if (!packQuestion.tags().isEmpty()) {
            Element tags = child(element, "tags");
            packQuestion.tags().stream().sorted().forEach(tag -> text(child(tags, "tag"), tag));
            packQuestion.tags().stream().filter(tag -> tag.isBlank() || !tag.equals(tag.strip())).sorted().forEach(tag ->
                    warn("its tag '" + tag + "' reads back " + (tag.isBlank() ? "as no tag" : "as '" + tag.strip() + "'")
                            + ": Moodle trims tags"));
        }
    }

    /** The parts every question has, in Moodle's order. */
    private Element header(Element quiz, String type, Question question, String questionText) {
        Element element = child(quiz, "question");
        element.setAttribute("type", type);
        text(child(element, "name"), question.id());
        formatted(element, "questiontext", questionText);
        formatted(element, "generalfeedback", question.generalFeedback());
        value(element, "defaultgrade", question.points().toPlainString());
        // Moodle's defaults: a Sala quiz, not the question, decides what a wrong try costs.
        value(element, "penalty", type.equals("truefalse") ? "1" : "0.3333333");
        value(element, "hidden", "0");
        return element;
    }

    private Element singleChoice(Element quiz, SingleChoiceQuestion question) {
        Element element = choiceHeader(quiz, question, true, question.shuffle());
        checkIds("option", question.choices().stream().map(Choice::id).toList(), MoodleXmlImport::choiceId);
        for (Choice choice : question.choices()) {
            answer(element, choice.credit(), choice.text(), choice.feedback());
        }
        checkGrades("option", question.choices(), Choice::id, Choice::credit);
        return element;
    }

    private Element multipleChoice(Element quiz, MultipleChoiceQuestion question) {
        Element element = choiceHeader(quiz, question, false, question.shuffle());
        checkIds("option", question.choices().stream().map(Choice::id).toList(), MoodleXmlImport::choiceId);
        List<Choice> choices = switch (question.scoring()) {
            case OPTION_PERCENTAGES -> question.choices();
            case ALL_OR_NOTHING -> {
                warn("Moodle has no all-or-nothing multiple choice; it is written with option percentages (right options share 100%,"
                        + " wrong ones -100%), which gives part marks when only some right options are ticked, and reads back so");
                yield shared(question.choices(), BigDecimal.ONE.negate());
            }
            case RIGHT_MINUS_WRONG -> {
                warn("right-minus-wrong scoring is written as option percentages (right options share 100%, wrong ones -100%"
                        + " between them), which grade the same; it reads back as option percentages");
                long wrong = question.choices().stream().filter(choice -> !choice.isRight()).count();
                yield shared(question.choices(), wrong == 0 ? BigDecimal.ZERO : Decimals.ratio(1, wrong).negate());
            }
        };
        for (Choice choice : choices) {
            answer(element, choice.credit(), choice.text(), choice.feedback());
        }
        checkGrades("option", choices, Choice::id, Choice::credit);
        return element;
    }

    /** The options with each right one earning an equal share of the whole and each other one {@code wrongCredit}. */
    private static List<Choice> shared(List<Choice> choices, BigDecimal wrongCredit) {
        long right = choices.stream().filter(Choice::isRight).count();
        BigDecimal share = Decimals.ratio(1, right);
        return choices.stream().map(choice -> new Choice(choice.id(), choice.text(), choice.isRight() ? share : wrongCredit,
                choice.feedback())).toList();
    }

    private Element choiceHeader(Element quiz, Question question, boolean single, boolean shuffle) {
        Element element = header(quiz, "multichoice", question, question.prompt());
        value(element, "single", String.valueOf(single));
        value(element, "shuffleanswers", String.valueOf(shuffle));
        value(element, "answernumbering", "abc");
        return element;
    }

    private Element trueFalse(Element quiz, TrueFalseQuestion question) {
        Element element = header(quiz, "truefalse", question, question.prompt());
        answer(element, question.answer() ? BigDecimal.ONE : BigDecimal.ZERO, "true", question.feedbackTrue());
        answer(element, question.answer() ? BigDecimal.ZERO : BigDecimal.ONE, "false", question.feedbackFalse());
        return element;
    }

    private Element shortAnswer(Element quiz, ShortAnswerQuestion question) {
        Element element = header(quiz, "shortanswer", question, question.prompt());
        value(element, "usecase", question.matching().caseSensitive() ? "1" : "0");
        checkMatching("", question.matching());
        for (AcceptedAnswer answer : question.answers()) {
            answer(element, answer.credit(), moodleText(answer), answer.feedback());
        }
        checkGrades("answer", question.answers(), AcceptedAnswer::text, AcceptedAnswer::credit);
        return element;
    }

    /** A short answer as Moodle reads it: a pattern as it is, a plain answer with its stars escaped. */
    private static String moodleText(AcceptedAnswer answer) {
        return answer.pattern() ? answer.text() : answer.text().replace("*", "\\*");
    }

    private void checkMatching(String where, TextMatching matching) {
        var differences = new ArrayList<String>();
        if (matching.collapseWhitespace()) {
            differences.add("does not collapse runs of spaces inside an answer");
        }
        if (matching.form() != TextMatching.UnicodeForm.NFC) {
            differences.add("always brings answers to Unicode NFC (not " + matching.form() + ")");
        }
        if (matching.foldAccents()) {
            differences.add("does not fold accents");
        }
        if (!differences.isEmpty()) {
            warn(where + "Moodle's short answer " + String.join(", ", differences) + "; only case sensitivity is written");
        }
    }

    private Element numeric(Element quiz, NumericQuestion question) {
        Element element = header(quiz, "numerical", question, question.prompt());
        for (NumericAnswer answer : question.answers()) {
            Element written = answer(element, answer.credit(), answer.value().toPlainString(), answer.feedback());
            value(written, "tolerance", absoluteTolerance("", answer).toPlainString());
        }
        if (!question.units().isEmpty()) {
            Element units = child(element, "units");
            for (NumericUnit unit : question.units()) {
                Element written = child(units, "unit");
                value(written, "multiplier", unit.multiplier().toPlainString());
                value(written, "unit_name", unit.name());
            }
        }
        // Moodle's unitgradingtype 2 takes the penalty off the credit, as Sala does; 0 makes units optional.
        value(element, "unitgradingtype", question.unitRequired() ? "2" : "0");
        value(element, "unitpenalty", question.unitPenalty().toPlainString());
        value(element, "showunits", question.units().isEmpty() ? "3" : "0");
        value(element, "unitsleft", "0");
        checkGrades("value", question.answers(), answer -> answer.value().toPlainString(), NumericAnswer::credit);
        return element;
    }

    private BigDecimal absoluteTolerance(String where, NumericAnswer answer) {
        if (answer.kind() == NumericAnswer.Tolerance.ABSOLUTE || answer.tolerance().signum() == 0) {
            return answer.tolerance();
        }
        BigDecimal absolute = Decimals.canonical(answer.tolerance().multiply(answer.value().abs()));
        warn(where + "the relative tolerance " + answer.tolerance().toPlainString() + " of " + answer.value().toPlainString()
                + " is written as the absolute tolerance " + absolute.toPlainString() + " (Moodle's is absolute); it reads back so");
        return absolute;
    }

    private Element matching(Element quiz, MatchingQuestion question) {
        Element element = header(quiz, "matching", question, question.prompt());
        value(element, "shuffleanswers", String.valueOf(question.shuffle()));
        outcomeFeedback(element, question.feedback());
        checkIds("pair", question.pairs().stream().map(MatchPair::id).toList(), index -> "p" + (index + 1));
        for (MatchPair pair : question.pairs()) {
            subquestion(element, pair.prompt(), pair.answer());
        }
        for (String distractor : question.distractors()) {
            subquestion(element, "", distractor);
        }
        return element;
    }

    private void subquestion(Element question, String prompt, String answer) {
        Element subquestion = child(question, "subquestion");
        subquestion.setAttribute("format", FORMAT);
        text(subquestion, prompt);
        text(child(subquestion, "answer"), answer);
    }

    private Element ordering(Element quiz, OrderingQuestion question) {
        Element element = header(quiz, "ordering", question, question.prompt());
        value(element, "layouttype", "VERTICAL");
        value(element, "selecttype", "ALL");
        value(element, "selectcount", "0");
        value(element, "gradingtype", OrderingGrading.of(question.scoring()).name());
        value(element, "showgrading", "SHOW");
        outcomeFeedback(element, question.feedback());
        checkIds("item", question.items().stream().map(OrderItem::id).toList(), index -> "i" + (index + 1));
        for (int i = 0; i < question.items().size(); i++) {
            // The plugin keeps the right order in the fraction: 1 for the first item, 2 for the next...
            Element answer = child(element, "answer");
            answer.setAttribute("fraction", String.valueOf(i + 1));
            answer.setAttribute("format", FORMAT);
            text(answer, question.items().get(i).text());
        }
        return element;
    }

    private Element cloze(Element quiz, ClozeQuestion question) {
        List<String> order = ClozeQuestion.markers(question.text());
        List<String> ids = question.gaps().stream().map(Gap::id).toList();
        List<String> canonical = IntStream.rangeClosed(1, order.size()).mapToObj(n -> "g" + n).toList();
        if (!order.equals(canonical) || !ids.equals(canonical)) {
            warn("its gaps " + order + " are numbered by place in Moodle and read back as " + canonical);
        }
        List<BigDecimal> original = question.gaps().stream().map(Gap::weight).toList();
        List<BigDecimal> weights = wholeWeights(original);
        if (!weights.equals(original)) {
            warn("Moodle's gap weights are whole numbers: weights " + plain(original) + " are written as " + plain(weights)
                    + " (the same shares) and read back so");
        }
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(question.points()) != 0) {
            warn("Moodle gives a cloze question the sum of its gap weights (" + sum.toPlainString() + ") as its mark, not its points ("
                    + question.points().toPlainString() + "); the points are written as <defaultgrade>, which Moodle ignores"
                    + " and Sala reads back");
        }
        String text = question.text();
        for (String marker : order) {
            int index = ids.indexOf(marker);
            text = text.replace("{{" + marker + "}}", embedded(question.gaps().get(index), weights.get(index)));
        }
        if (BLANK_LINE.matcher(question.prompt()).find()) {
            warn("Moodle's cloze question has one text: the prompt is written as its first paragraphs, and only the first"
                    + " paragraph reads back as the prompt");
        }
        return header(quiz, "cloze", question, question.prompt().strip() + "\n\n" + text);
    }

    /** Weights scaled by the least power of ten, then divided by their greatest common divisor, to whole numbers. */
    private static List<BigDecimal> wholeWeights(List<BigDecimal> weights) {
        int scale = weights.stream().mapToInt(BigDecimal::scale).max().orElse(0);
        if (scale <= 0) {
            return weights;
        }
        List<BigInteger> scaled = weights.stream().map(weight -> weight.movePointRight(scale).toBigIntegerExact()).toList();
        BigInteger divisor = scaled.stream().reduce(BigInteger.ZERO, BigInteger::gcd);
        return scaled.stream().map(weight -> new BigDecimal(weight.divide(divisor))).toList();
    }

    private static String plain(List<BigDecimal> numbers) {
        return numbers.stream().map(BigDecimal::toPlainString).toList().toString();
    }

    /** One gap in Moodle's embedded-answer syntax. */
    private String embedded(Gap gap, BigDecimal weight) {
        String where = "gap '" + gap.id() + "': ";
        Question question = gap.question();
        if (!question.generalFeedback().isEmpty() || !question.hints().isEmpty()) {
            warn(where + "its own general feedback and hints are not written; Moodle's embedded answers have feedback"
                    + " per answer only");
        }
        return switch (question) {
            case SingleChoiceQuestion single -> {
                checkIds(where + "option", single.choices().stream().map(Choice::id).toList(), MoodleXmlImport::choiceId);
                checkGrades(where + "option", single.choices(), Choice::id, Choice::credit);
                yield ClozeSyntax.write(weight, single.shuffle() ? "MULTICHOICE_S" : "MULTICHOICE", single.choices().stream()
                        .map(choice -> new ClozeSyntax.Alternative(percent(choice.credit()), choice.text(), choice.feedback()))
                        .toList());
            }
            case ShortAnswerQuestion shortAnswer -> {
                checkMatching(where, shortAnswer.matching());
                checkGrades(where + "answer", shortAnswer.answers(), AcceptedAnswer::text, AcceptedAnswer::credit);
                yield ClozeSyntax.write(weight, shortAnswer.matching().caseSensitive() ? "SHORTANSWER_C" : "SHORTANSWER",
                        shortAnswer.answers().stream().map(answer -> new ClozeSyntax.Alternative(percent(answer.credit()),
                                moodleText(answer), answer.feedback())).toList());
            }
            case NumericQuestion numeric -> {
                if (!numeric.units().isEmpty()) {
                    warn(where + "its units are not written; Moodle's embedded numerical answers take none");
                }
                checkGrades(where + "value", numeric.answers(), answer -> answer.value().toPlainString(), NumericAnswer::credit);
                yield ClozeSyntax.write(weight, "NUMERICAL", numeric.answers().stream().map(answer -> new ClozeSyntax.Alternative(
                        percent(answer.credit()),
                        answer.value().toPlainString() + ":" + absoluteTolerance(where, answer).toPlainString(),
                        answer.feedback())).toList());
            }
            default -> throw new IllegalStateException("a gap holds a " + question.getClass().getSimpleName());
        };
    }

    private static BigDecimal percent(BigDecimal credit) {
        return credit.multiply(HUNDRED);
    }

    private void outcomeFeedback(Element question, OutcomeFeedback feedback) {
        formatted(question, "correctfeedback", feedback.right());
        formatted(question, "partiallycorrectfeedback", feedback.partlyRight());
        formatted(question, "incorrectfeedback", feedback.wrong());
    }

    /** The ids an import gives back are the defaults; any other id is lost. */
    private void checkIds(String what, List<String> ids, IntFunction<String> defaultId) {
        List<String> defaults = IntStream.range(0, ids.size()).mapToObj(defaultId).toList();
        if (!ids.equals(defaults)) {
            warn(what + " ids " + ids + " are not written: Moodle names them by place, and they read back as " + defaults);
        }
    }

    private <T> void checkGrades(String what, List<T> parts, Function<T, String> name, Function<T, BigDecimal> credit) {
        for (T part : parts) {
            if (!MoodleGrades.isGrade(credit.apply(part))) {
                warn(what + " '" + name.apply(part) + "' earns " + MoodleGrades.percent(credit.apply(part))
                        + "%, which is not one of Moodle's grades; Moodle refuses the question unless told to use the nearest grade");
            }
        }
    }

    private Element answer(Element question, BigDecimal credit, String text, String feedback) {
        Element answer = child(question, "answer");
        answer.setAttribute("fraction", MoodleGrades.percent(credit));
        answer.setAttribute("format", FORMAT);
        text(answer, text);
        formatted(answer, "feedback", feedback);
        return answer;
    }

    /** {@code <name format="markdown"><text>...</text></name>}. */
    private void formatted(Element parent, String name, String text) {
        Element element = child(parent, name);
        element.setAttribute("format", FORMAT);
        text(element, text);
    }

    /** A {@code <text>} child; text with markup goes in CDATA, as Moodle writes it, where it can. */
    private void text(Element parent, String text) {
        Element element = child(parent, "text");
        boolean markup = text.contains("<") || text.contains("&");
        element.appendChild(markup && !text.contains("]]>") ? document.createCDATASection(text) : document.createTextNode(text));
    }

    private void value(Element parent, String name, String value) {
        child(parent, name).setTextContent(value);
    }

    private Element child(Element parent, String name) {
        Element child = document.createElement(name);
        parent.appendChild(child);
        return child;
    }

    private void warn(String message) {
        warnings.add(new Problem(Problem.Severity.WARNING, EXPORT, 0, 0, "question '" + questionId + "': " + message));
    }
}

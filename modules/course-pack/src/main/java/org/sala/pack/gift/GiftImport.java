package org.sala.pack.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sala.engine.question.AcceptedAnswer;
import org.sala.engine.question.Choice;
import org.sala.engine.question.Difficulty;
import org.sala.engine.question.MatchPair;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.MultipleChoiceScoring;
import org.sala.engine.question.NumericAnswer;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.OrderItem;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.Problem.Severity;
import org.sala.pack.Problem;
import org.sala.pack.gift.GiftAnswers.Accepted;
import org.sala.pack.gift.GiftAnswers.Choices;
import org.sala.pack.gift.GiftAnswers.Essay;
import org.sala.pack.gift.GiftAnswers.Judgement;
import org.sala.pack.gift.GiftAnswers.Numbers;
import org.sala.pack.gift.GiftAnswers.Option;
import org.sala.pack.gift.GiftAnswers.Pair;
import org.sala.pack.gift.GiftAnswers.Pairs;
import org.sala.pack.interchange.ImportResult;
import org.sala.pack.interchange.ImportedQuestion;
import org.sala.pack.interchange.QuestionSlugs;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.moodle.OrderingGrading;

/**
 * Reads a GIFT file (Moodle's "General Import Format Technology") into engine questions, reporting
 * every problem at the {@code file:line:column} where its question or answer starts. It never throws on
 * what a file holds: a question it cannot read is reported as an error and left out, and the others are
 * still read.
 *
 * <p>The file is read as Moodle reads it: questions are separated by blank lines; whole-line
 * {@code //} comments are ignored, except that {@code [tag:name]} in a question's comments tags it
 * (Moodle's convention); a {@code $CATEGORY: a/b/c} line files the questions after it. A question is an
 * optional {@code ::Title::}, its text and one block of answers in braces; text on both sides of the
 * braces makes a "missing word" question whose prompt holds {@code _____} where the braces were. How the
 * braces map to question types is described in {@link AnswerParser}; what each becomes:
 * <ul>
 * <li>options with an {@code =}: {@link SingleChoiceQuestion}; options without one: a
 *     {@link MultipleChoiceQuestion} scored by {@link MultipleChoiceScoring#OPTION_PERCENTAGES} whose right
 *     options' weights add up to 100%; options are named a, b, c, ... in order;</li>
 * <li>{@code T}/{@code TRUE}/{@code F}/{@code FALSE}: {@link TrueFalseQuestion};</li>
 * <li>only {@code =} answers: {@link ShortAnswerQuestion} matched by {@link TextMatching#DEFAULT} (case
 *     ignored, as Moodle does by default); an answer holding {@code *} is a wildcard pattern;</li>
 * <li>{@code =left -> right}: {@link MatchingQuestion}, pairs named p1, p2, ...;</li>
 * <li>{@code #...}: {@link NumericQuestion} with absolute tolerances and no units;</li>
 * <li>{@code {}} (essay) and text without braces (description): not imported, with a warning.</li>
 * </ul>
 *
 * <p>A question's id is the slug of its title ({@link QuestionSlugs}); without a title, or with one that gives
 * no slug, it is {@code q1}, {@code q2}, ... by its position among the file's questions. An id taken by
 * an earlier question gets {@code -2}, {@code -3}, ... and a warning. GIFT has no points, difficulty,
 * hints or lesson sections: every question is worth 1 point (Moodle's default mark), of medium
 * difficulty, with no hints and no sections. Texts are kept as written, whatever their format tag:
 * Markdown and plain text are Markdown, and HTML is sanitized where it is shown.
 */
public final class GiftImport {

    private static final String CATEGORY = "$CATEGORY:";
    /** Moodle's tag convention in comments: {@code // [tag:rivers] [tag:grade 5]}, {@code \]} for a bracket. */
    private static final String TAG = "[tag:";
    /** What a missing-word question's prompt holds where the answers were. */
    static final String BLANK = "_____";

    private final String fileName;
    private final String text;
    private final SourceLines lines;
    private final List<ImportedQuestion> questions = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private String category = "";
    private int ordinal;

    private GiftImport(String fileName, String text) {
        this.fileName = fileName;
        this.text = text;
        this.lines = new SourceLines(text);
    }

    /**
     * Reads the questions of a GIFT file.
     *
     * @param fileName what problems name as their file
     * @param text     the file's content
     */
    public static ImportResult read(String fileName, String text) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        var reader = new GiftImport(fileName, unified(text));
        reader.readBlocks();
        List<Problem> inLineOrder = reader.problems.stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)).toList();
        return new ImportResult(reader.questions, inLineOrder);
    }

    private static String unified(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        return unified.startsWith("\uFEFF") ? unified.substring(1) : unified;
    }

    /** One line of the file and where it starts. */
    private record Line(int offset, String content) {
    }

    private void readBlocks() {
        var block = new ArrayList<Line>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String content = text.substring(start, end);
            if (content.isBlank()) {
                readBlock(block);
                block.clear();
            } else {
                block.add(new Line(start, content));
            }
            start = end + 1;
        }
        readBlock(block);
    }

    /** A run of non-blank lines: comments, category lines, then (perhaps) one question. */
    private void readBlock(List<Line> block) {
        var tags = new LinkedHashSet<String>();
        var question = new ArrayList<Line>();
        for (Line line : block) {
            String content = line.content().strip();
            if (content.startsWith("//")) {
                tags.addAll(tags(content));
            } else if (question.isEmpty() && content.startsWith(CATEGORY)) {
                category = content.substring(CATEGORY.length()).strip();
            } else {
                question.add(line);
            }
        }
        if (!question.isEmpty()) {
            ordinal++;
            readQuestion(joined(question), tags);
        }
    }

    /** The tags a comment names; scanned by hand, as a regular expression would recurse on a long line. */
    private static List<String> tags(String comment) {
        var tags = new ArrayList<String>();
        int from = comment.indexOf(TAG);
        while (from >= 0) {
            var name = new StringBuilder();
            int i = from + TAG.length();
            boolean closed = false;
            for (; i < comment.length() && !closed; i++) {
                char c = comment.charAt(i);
                if (c == '\\' && i + 1 < comment.length() && comment.charAt(i + 1) == ']') {
                    name.append(']');
                    i++;
                } else if (c == ']') {
                    closed = true;
                } else if (Character.isISOControl(c)) {
                    break;
                } else {
                    name.append(c);
                }
            }
            String tag = name.toString().strip();
            if (closed && !tag.isEmpty()) {
                tags.add(tag);
            }
            from = comment.indexOf(TAG, i);
        }
        return tags;
    }

    /** The question's lines as one text (comments left out), each character knowing its file offset. */
    private static GiftText joined(List<Line> question) {
        var raw = new StringBuilder();
        var origins = new ArrayList<Integer>();
        for (Line line : question) {
            if (!raw.isEmpty()) {
                raw.append('\n');
                origins.add(line.offset() - 1);
            }
            raw.append(line.content());
            for (int i = 0; i < line.content().length(); i++) {
                origins.add(line.offset() + i);
            }
        }
        Line last = question.get(question.size() - 1);
        origins.add(last.offset() + last.content().length());
        return GiftText.decode(raw.toString(), origins.stream().mapToInt(Integer::intValue).toArray());
    }

    private void readQuestion(GiftText block, Set<String> tags) {
        GiftText question = block.strip();
        int start = question.position();
        String id = "q" + ordinal;
        GiftText.drainLost();
        try {
            if (question.startsWith("::")) {
                int end = question.indexOf("::", 2);
                if (end < 0) {
                    throw new Rejection(start, "the title is not closed; write ::Title:: before the question text");
                }
                id = idFromTitle(question.slice(2, end).plain().strip(), id, start);
                question = question.from(end + 2).strip();
            }
            String wanted = id;
            id = unused(wanted);
            Optional<Question> read = question(id, question, start);
            if (read.isPresent()) {
                ids.add(id);
                if (!id.equals(wanted)) {
                    warning(start, "the id '" + wanted + "' is already used in this file; this question is named '" + id + "'");
                }
                questions.add(new ImportedQuestion(category, new PackQuestion(read.get(), Difficulty.MEDIUM, tags, List.of())));
                List<String> lost = GiftText.drainLost();
                if (!lost.isEmpty()) {
                    warning(start, "question '" + id + "': HTML that Sala cannot keep is left out: " + String.join(", ", lost));
                }
            }
        } catch (Rejection rejection) {
            error(rejection.position(), "question '" + id + "': " + rejection.getMessage());
        } catch (IllegalArgumentException invalid) {
            // The engine's own checks (two pairs with one prompt, ...): its messages name the question.
            String message = invalid.getMessage();
            error(start, message.startsWith("question '") ? message : "question '" + id + "': " + message);
        }
    }

    private String idFromTitle(String title, String fallback, int start) {
        String slug = QuestionSlugs.slug(title);
        if (slug.isEmpty() && !title.isEmpty()) {
            warning(start, "the title '" + title + "' gives no id (an id holds letters a-z, digits and hyphens);"
                    + " this question is named '" + fallback + "'");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    private String unused(String id) {
        String candidate = id;
        for (int suffix = 2; ids.contains(candidate); suffix++) {
            candidate = id + "-" + suffix;
        }
        return candidate;
    }

    /** The question after its title: text, braces, perhaps more text. Empty when it is not imported. */
    private Optional<Question> question(String id, GiftText question, int start) {
        int open = question.indexOf("{");
        int close = question.indexOf("}");
        if (open < 0 && close < 0) {
            warning(start, "question '" + id + "' is a description (text without answers);"
                    + " essay/description questions are not imported");
            return Optional.empty();
        }
        if (close >= 0 && (open < 0 || close < open)) {
            throw new Rejection(question.positionOf(close), "'}' has no '{' before it (write \\} for a literal brace)");
        }
        if (close < 0) {
            throw new Rejection(question.positionOf(open), "'{' is never closed; end the answers with '}'"
                    + " (write \\{ for a literal brace)");
        }
        GiftText braces = question.slice(open + 1, close);
        int nested = braces.indexOf("{");
        if (nested >= 0) {
            throw new Rejection(braces.positionOf(nested), "'{' inside the answers, which end at the first '}'"
                    + " (write \\{ for a literal brace)");
        }
        GiftText after = question.from(close + 1);
        int stray = after.indexOfAny("{}");
        if (stray >= 0) {
            throw new Rejection(after.positionOf(stray), "a question has one block of answers and this brace comes after it"
                    + " (write \\{ or \\} for a literal brace)");
        }
        GiftText before = question.slice(0, open);
        String format = before.format();
        String head = before.withoutFormat().plain();
        String prompt = after.isBlank() ? GiftText.markdown(head.strip(), format)
                : (GiftText.markdown(head.strip(), format) + " " + BLANK + " " + GiftText.markdown(after.plain().strip(), format)).strip();

        if (braces.plain().stripLeading().startsWith(">")) {
            return Optional.of(ordering(id, prompt, braces.plain().stripLeading().substring(1), start));
        }
        int split = braces.lastIndexOf("####");
        String generalFeedback = split < 0 ? "" : braces.from(split + 4).content();
        GiftAnswers answers = AnswerParser.parse(split < 0 ? braces : braces.slice(0, split), this::warning);
        return switch (answers) {
            case Essay essay -> {
                warning(start, "question '" + id + "' is an essay ({}); essay/description questions are not imported");
                yield Optional.empty();
            }
            case Choices choices -> Optional.of(choice(basics(id, prompt, generalFeedback, start), choices, start));
            case Judgement judgement -> Optional.of(new TrueFalseQuestion(basics(id, prompt, generalFeedback, start),
                    judgement.truth(),
                    judgement.truth() ? judgement.rightFeedback() : judgement.wrongFeedback(),
                    judgement.truth() ? judgement.wrongFeedback() : judgement.rightFeedback()));
            case Accepted accepted -> Optional.of(shortAnswer(basics(id, prompt, generalFeedback, start), accepted, start));
            case Pairs pairs -> Optional.of(matching(basics(id, prompt, generalFeedback, start), pairs));
            case Numbers numbers -> Optional.of(numeric(basics(id, prompt, generalFeedback, start), numbers, start));
        };
    }

    /** Words the ordering plugin's GIFT form allows after the count, before the items. */
    private static final Pattern ORDERING_OPTION = Pattern.compile("(?i)ALL|EXACT|RANDOM|REL|CONTIGUOUS|CONTIG|HORIZONTAL|HORI|H|VERTICAL|VERT|V"
            + "|ALL_OR_NOTHING|ABSOLUTE_POSITION|ABSOLUTE|ABS|RELATIVE[A-Z_]*|LONGEST_[A-Z_]*|SHOW|HIDE|TRUE|FALSE|YES|NO|[01]"
            + "|none|abc|ABCD|iii|IIII|123");

    /**
     * The Moodle ordering plugin's GIFT form, {@code {>N [select] [layout] [grading] [show] [numbering]} and then one
     * item a line, in the right order}: an ordering question. The grading type maps as for Moodle XML
     * ({@link OrderingGrading}); showing only N of the items, the layout and the numbering are Moodle's display
     * choices, which Sala does not have (a warning names the ones that change what learners see).
     */
    private Question ordering(String id, String prompt, String body, int start) {
        List<String> lines = body.lines().toList();
        String[] head = lines.isEmpty() ? new String[0] : lines.get(0).strip().split("\\s+");
        var items = new ArrayList<String>();
        OrderingGrading grading = OrderingGrading.DEFAULT;
        int shown = -1;
        int firstItemLine = 1;
        for (int i = 0; i < head.length; i++) {
            String word = head[i];
            if (i == 0 && word.matches("\\d+")) {
                shown = Integer.parseInt(word);
            } else if (OrderingGrading.parse(word).isPresent() && !word.equalsIgnoreCase("ALL")) {
                grading = OrderingGrading.parse(word).get();
            } else if (!word.isEmpty() && !ORDERING_OPTION.matcher(word).matches()) {
                // Not an option: the first line already holds an item.
                firstItemLine = 0;
                break;
            }
        }
        if (firstItemLine == 0) {
            String first = lines.get(0).strip();
            String rest = shown >= 0 ? first.substring(first.indexOf(' ') + 1).strip() : first;
            items.add(rest);
        }
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                items.add(lines.get(i).strip());
            }
        }
        if (items.size() < 2) {
            throw new Rejection(start, "an ordering question ({>...}) lists its items one a line, in the right order; this one has "
                    + items.size());
        }
        if (!grading.exact()) {
            warning(start, "question '" + id + "': grading type " + grading.name() + " is graded as "
                    + grading.scoring().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ", Sala's nearest");
        }
        if (shown > 2 && shown < items.size()) { // Moodle shows them all when the count is 2 or less
            warning(start, "question '" + id + "': Moodle shows " + shown + " of the " + items.size() + " items; Sala shows them all");
        }
        var orderItems = new ArrayList<OrderItem>();
        for (String item : items) {
            orderItems.add(new OrderItem(String.valueOf((char) ('a' + orderItems.size())), GiftText.markdown(item, "")));
        }
        return new OrderingQuestion(basics(id, prompt, "", start), orderItems, grading.scoring());
    }

    private static QuestionBasics basics(String id, String prompt, String generalFeedback, int start) {
        if (prompt.isEmpty()) {
            throw new Rejection(start, "the question has no text; write it before (or around) the answers");
        }
        return new QuestionBasics(id, prompt, BigDecimal.ONE, generalFeedback, List.of());
    }

    private static Question choice(QuestionBasics basics, Choices read, int start) {
        var choices = new ArrayList<Choice>();
        for (Option option : read.options()) {
            choices.add(new Choice(optionId(choices.size()), option.text(), option.credit(), option.feedback()));
        }
        if (read.single()) {
            if (choices.stream().noneMatch(Choice::isFullCredit)) {
                throw new Rejection(start, "no answer earns full credit; mark the right answer with '=' and no weight");
            }
            return new SingleChoiceQuestion(basics, choices, true);
        }
        BigDecimal rightTotal = choices.stream().map(Choice::credit).filter(credit -> credit.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (rightTotal.signum() == 0) {
            throw new Rejection(start, "no answer is right; mark the right answer with '=', or give the right answers"
                    + " weights that add up to 100% (~%50%...)");
        }
        // Moodle writes a third as 33.33333%: three of them are a whole within the engine's 1e-6.
        if (rightTotal.subtract(BigDecimal.ONE).abs().compareTo(new BigDecimal("0.000001")) > 0) {
            throw new Rejection(start, "the right answers' weights add up to " + rightTotal.movePointRight(2).stripTrailingZeros()
                    .toPlainString() + "%; with several right answers (no '=') they must add up to 100%");
        }
        return new MultipleChoiceQuestion(basics, choices, MultipleChoiceScoring.OPTION_PERCENTAGES, true);
    }

    /** Options are named by position, as in a pack: a, b, ..., z, then option-27, option-28, ... */
    static String optionId(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "option-" + (index + 1);
    }

    /** Matching pairs are named by position: p1, p2, ... */
    static String pairId(int index) {
        return "p" + (index + 1);
    }

    private static Question shortAnswer(QuestionBasics basics, Accepted read, int start) {
        var answers = new ArrayList<AcceptedAnswer>();
        for (Option option : read.answers()) {
            answers.add(acceptedAnswer(option));
        }
        if (answers.stream().noneMatch(answer -> answer.credit().compareTo(BigDecimal.ONE) == 0)) {
            throw new Rejection(start, "no answer earns full credit; write at least one answer without a weight (or with %100%)");
        }
        return new ShortAnswerQuestion(basics, answers, TextMatching.DEFAULT);
    }

    /**
     * Moodle's short answers use {@code *} as a wildcard and {@code \*} for a literal star. An answer with
     * a bare star is a pattern (kept as written: the engine reads the same syntax); one without is plain
     * text, its {@code \*} turned into the star it means. {@link GiftExport} writes the inverse.
     */
    private static AcceptedAnswer acceptedAnswer(Option option) {
        String text = option.text();
        boolean pattern = false;
        for (int i = 0; i < text.length() && !pattern; i++) {
            pattern = text.charAt(i) == '*' && (i == 0 || text.charAt(i - 1) != '\\');
        }
        return new AcceptedAnswer(pattern ? text : text.replace("\\*", "*"), pattern, option.credit(), option.feedback());
    }

    private static Question matching(QuestionBasics basics, Pairs read) {
        var pairs = new ArrayList<MatchPair>();
        var distractors = new ArrayList<String>();
        for (Pair pair : read.pairs()) {
            if (pair.left().isEmpty()) {
                distractors.add(pair.right());
            } else {
                pairs.add(new MatchPair(pairId(pairs.size()), pair.left(), pair.right()));
            }
        }
        return new MatchingQuestion(basics, pairs, distractors, true);
    }

    private static Question numeric(QuestionBasics basics, Numbers read, int start) {
        List<NumericAnswer> answers = read.values().stream()
                .map(value -> new NumericAnswer(value.value(), value.tolerance(), NumericAnswer.Tolerance.ABSOLUTE,
                        value.credit(), value.feedback()))
                .toList();
        if (answers.stream().noneMatch(answer -> answer.credit().compareTo(BigDecimal.ONE) == 0)) {
            throw new Rejection(start, "no number earns full credit; write at least one without a weight (or with %100%)");
        }
        return new NumericQuestion(basics, answers, List.of(), false, BigDecimal.ZERO);
    }

    private void error(int offset, String message) {
        problems.add(new Problem(Severity.ERROR, fileName, lines.line(offset), lines.column(offset), message));
    }

    private void warning(int offset, String message) {
        problems.add(new Problem(Severity.WARNING, fileName, lines.line(offset), lines.column(offset), message));
    }
}

package org.sala.web.pages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sala.engine.assembly.AssembledQuestion;
import org.sala.engine.question.Choice;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.Gap;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.OrderItem;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionType;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.web.content.MarkdownRenderer;

/**
 * A question as the learner sees it while answering: its text and the values its inputs submit, in the
 * order the attempt shows them. It holds no credit, no feedback and no right answer, so nothing in the
 * page or the view state gives the answer away. An option submits its place on the page ({@code o1},
 * {@code o2}, ...), never the pack's option id: authors often write the right option first, and the id
 * (a, b, c by default) would tell a program which one it is. The server maps the value back.
 *
 * @param type     the question type as the pack writes it ({@code single-choice}, ...), chooses the inputs
 * @param options  single and multiple choice: the options; true/false: true and false; ordering: the items;
 *                 matching: the answers to choose from
 * @param prompts  matching: the prompts to match (id and text)
 * @param segments cloze: the text cut at the gaps
 * @param units    numeric: the units the answer may be given in, for the hint; empty otherwise
 */
public record QuestionView(String id, int number, String type, String promptHtml, String points, List<OptionView> options,
                           List<OptionView> prompts, List<Segment> segments, String units) implements Serializable {

    /**
     * Something to choose or arrange: its id in the pack (kept on the server), the value its input submits
     * and the text shown.
     */
    public record OptionView(String id, String value, String text) implements Serializable {

        /** An option whose input submits its id (true/false, matching answers, ordering items: nothing to hide). */
        static OptionView plain(String id, String text) {
            return new OptionView(id, id, text);
        }
    }

    /**
     * The pack's option id of a submitted value, among these options.
     *
     * @throws IllegalArgumentException when the page never offered the value (a forged or tampered form):
     *                                  nothing is saved, and the learner is told
     */
    static String optionId(List<OptionView> options, String value) {
        return options.stream().filter(option -> option.value().equals(value)).map(OptionView::id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("That choice is not one of this question's options; nothing was saved."));
    }

    /** The value that submits this pack option id, among these options. */
    static String value(List<OptionView> options, String optionId) {
        return options.stream().filter(option -> option.id().equals(optionId)).map(OptionView::value).findFirst().orElse("");
    }

    /** A piece of cloze text, then (unless {@code gapId} is null) a gap: a text box, or a menu of options. */
    public record Segment(String text, String gapId, int gapNumber, List<OptionView> options) implements Serializable {

        public boolean isChoice() {
            return gapId != null && !options.isEmpty();
        }

        public boolean isTyped() {
            return gapId != null && options.isEmpty();
        }
    }

    /** The question's type, for code; {@link #type()} is its name, for the page. */
    public QuestionType kind() {
        return QuestionType.fromLabel(type).orElseThrow();
    }

    private static String label(Question question) {
        return QuestionType.of(question).label();
    }

    /** The points as a number, for messages that choose their words by it ("1 point", "2 points"). */
    public java.math.BigDecimal pointsValue() {
        return new java.math.BigDecimal(points);
    }

    /** Ordering: the places 1..n an item can be given. */
    public List<String> placeNumbers() {
        var places = new ArrayList<String>();
        for (int i = 1; i <= options.size(); i++) {
            places.add(String.valueOf(i));
        }
        return places;
    }

    public QuestionView {
        options = List.copyOf(options);
        prompts = List.copyOf(prompts);
        segments = List.copyOf(segments);
    }

    static QuestionView of(AssembledQuestion assembled, int number, String trueLabel, String falseLabel) {
        Question question = assembled.question();
        List<String> order = assembled.displayOrder();
        String prompt = MarkdownRenderer.render(question.prompt());
        String points = question.points().toPlainString();
        List<OptionView> none = List.of();
        return switch (question) {
            case SingleChoiceQuestion single -> new QuestionView(single.id(), number, label(question), prompt, points,
                    placed(ordered(order, single.choices(), Choice::id, choice -> OptionView.plain(choice.id(), choice.text()))), none, List.of(), "");
            case MultipleChoiceQuestion multiple -> new QuestionView(multiple.id(), number, label(question), prompt, points,
                    placed(ordered(order, multiple.choices(), Choice::id, choice -> OptionView.plain(choice.id(), choice.text()))), none, List.of(), "");
            case TrueFalseQuestion trueFalse -> new QuestionView(trueFalse.id(), number, label(question), prompt, points,
                    List.of(OptionView.plain("true", trueLabel), OptionView.plain("false", falseLabel)), none, List.of(), "");
            case ShortAnswerQuestion shortAnswer -> new QuestionView(shortAnswer.id(), number, label(question), prompt, points,
                    none, none, List.of(), "");
            case NumericQuestion numeric -> new QuestionView(numeric.id(), number, label(question), prompt, points, none, none, List.of(),
                    numeric.units().stream().map(unit -> unit.name()).collect(Collectors.joining(", ")));
            case MatchingQuestion matching -> new QuestionView(matching.id(), number, label(question), prompt, points,
                    order.stream().map(answer -> OptionView.plain(answer, answer)).toList(),
                    matching.pairs().stream().map(pair -> OptionView.plain(pair.id(), pair.prompt())).toList(), List.of(), "");
            case OrderingQuestion ordering -> new QuestionView(ordering.id(), number, label(question), prompt, points,
                    ordered(order, ordering.items(), OrderItem::id, item -> OptionView.plain(item.id(), item.text())), none, List.of(), "");
            case ClozeQuestion cloze -> new QuestionView(cloze.id(), number, label(question), prompt, points, none, none, segments(cloze, order), "");
        };
    }

    /** The parts in the attempt's display order. */
    private static <T> List<OptionView> ordered(List<String> order, List<T> parts, Function<T, String> id, Function<T, OptionView> view) {
        Map<String, T> byId = parts.stream().collect(Collectors.toMap(id, part -> part));
        return order.stream().map(byId::get).map(view).toList();
    }

    /** The options with values o1, o2, ... by their place on the page. */
    private static List<OptionView> placed(List<OptionView> options) {
        var placed = new ArrayList<OptionView>(options.size());
        for (int i = 0; i < options.size(); i++) {
            placed.add(new OptionView(options.get(i).id(), "o" + (i + 1), options.get(i).text()));
        }
        return placed;
    }

    private static List<Segment> segments(ClozeQuestion cloze, List<String> order) {
        Map<String, Gap> gaps = cloze.gaps().stream().collect(Collectors.toMap(Gap::id, gap -> gap));
        var segments = new ArrayList<Segment>();
        var matcher = ClozeQuestion.MARKER.matcher(cloze.text());
        int from = 0;
        int number = 0;
        while (matcher.find()) {
            Gap gap = gaps.get(matcher.group(1));
            List<OptionView> options = List.of();
            if (gap.question() instanceof SingleChoiceQuestion single) {
                String prefix = gap.id() + "/";
                List<String> gapOrder = order.stream().filter(entry -> entry.startsWith(prefix))
                        .map(entry -> entry.substring(prefix.length())).toList();
                options = placed(ordered(gapOrder.isEmpty() ? single.choices().stream().map(Choice::id).toList() : gapOrder,
                        single.choices(), Choice::id, choice -> OptionView.plain(choice.id(), choice.text())));
            }
            segments.add(new Segment(cloze.text().substring(from, matcher.start()), gap.id(), ++number, options));
            from = matcher.end();
        }
        segments.add(new Segment(cloze.text().substring(from), null, 0, List.of()));
        return segments;
    }
}

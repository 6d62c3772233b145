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
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.web.content.MarkdownRenderer;

/**
 * A question as the learner sees it while answering: its text and the ids its inputs submit, in the
 * order the attempt shows them. It holds no credit, no feedback and no right answer, so nothing in the
 * page or the view state gives the answer away.
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

    /** Something to choose or arrange: the id an input submits and the text shown. */
    public record OptionView(String id, String text) implements Serializable {
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
            case SingleChoiceQuestion single -> new QuestionView(single.id(), number, "single-choice", prompt, points,
                    ordered(order, single.choices(), Choice::id, choice -> new OptionView(choice.id(), choice.text())), none, List.of(), "");
            case MultipleChoiceQuestion multiple -> new QuestionView(multiple.id(), number, "multiple-choice", prompt, points,
                    ordered(order, multiple.choices(), Choice::id, choice -> new OptionView(choice.id(), choice.text())), none, List.of(), "");
            case TrueFalseQuestion trueFalse -> new QuestionView(trueFalse.id(), number, "true-false", prompt, points,
                    List.of(new OptionView("true", trueLabel), new OptionView("false", falseLabel)), none, List.of(), "");
            case ShortAnswerQuestion shortAnswer -> new QuestionView(shortAnswer.id(), number, "short-answer", prompt, points,
                    none, none, List.of(), "");
            case NumericQuestion numeric -> new QuestionView(numeric.id(), number, "numeric", prompt, points, none, none, List.of(),
                    numeric.units().stream().map(unit -> unit.name()).collect(Collectors.joining(", ")));
            case MatchingQuestion matching -> new QuestionView(matching.id(), number, "matching", prompt, points,
                    order.stream().map(answer -> new OptionView(answer, answer)).toList(),
                    matching.pairs().stream().map(pair -> new OptionView(pair.id(), pair.prompt())).toList(), List.of(), "");
            case OrderingQuestion ordering -> new QuestionView(ordering.id(), number, "ordering", prompt, points,
                    ordered(order, ordering.items(), OrderItem::id, item -> new OptionView(item.id(), item.text())), none, List.of(), "");
            case ClozeQuestion cloze -> new QuestionView(cloze.id(), number, "cloze", prompt, points, none, none, segments(cloze), "");
        };
    }

    /** The parts in the attempt's display order. */
    private static <T> List<OptionView> ordered(List<String> order, List<T> parts, Function<T, String> id, Function<T, OptionView> view) {
        Map<String, T> byId = parts.stream().collect(Collectors.toMap(id, part -> part));
        return order.stream().map(byId::get).map(view).toList();
    }

    private static List<Segment> segments(ClozeQuestion cloze) {
        Map<String, Gap> gaps = cloze.gaps().stream().collect(Collectors.toMap(Gap::id, gap -> gap));
        var segments = new ArrayList<Segment>();
        var matcher = ClozeQuestion.MARKER.matcher(cloze.text());
        int from = 0;
        int number = 0;
        while (matcher.find()) {
            Gap gap = gaps.get(matcher.group(1));
            List<OptionView> options = gap.question() instanceof SingleChoiceQuestion single
                    ? single.choices().stream().map(choice -> new OptionView(choice.id(), choice.text())).toList() : List.of();
            segments.add(new Segment(cloze.text().substring(from, matcher.start()), gap.id(), ++number, options));
            from = matcher.end();
        }
        segments.add(new Segment(cloze.text().substring(from), null, 0, List.of()));
        return segments;
    }
}

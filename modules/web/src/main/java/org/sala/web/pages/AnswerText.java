package org.sala.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sala.engine.question.AcceptedAnswer;
import org.sala.engine.question.Choice;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.Gap;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.NumericAnswer;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.OrderItem;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.Question;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.engine.response.Response;

/** A response and a question's right answer as short text for the result page, for every question type. */
final class AnswerText {

    private final ResourceBundle messages;

    AnswerText(ResourceBundle messages) {
        this.messages = messages;
    }

    /** What the learner answered, in the question's own words; empty when unanswered. */
    String response(Question question, Response response) {
        if (response.isBlank()) {
            return "";
        }
        return switch (question) {
            case SingleChoiceQuestion single -> response instanceof Response.SelectedChoice selected
                    ? single.choice(selected.choiceId()).map(Choice::text).orElse(selected.choiceId()) : "";
            case MultipleChoiceQuestion multiple -> response instanceof Response.SelectedChoices selected
                    ? multiple.choices().stream().filter(choice -> selected.choiceIds().contains(choice.id())).map(Choice::text)
                    .collect(Collectors.joining("; ")) : "";
            case TrueFalseQuestion trueFalse -> response instanceof Response.TrueOrFalse answer ? truth(answer.value()) : "";
            case ShortAnswerQuestion shortAnswer -> response instanceof Response.Text text ? text.value() : "";
            case NumericQuestion numeric -> response instanceof Response.Text text ? text.value() : "";
            case MatchingQuestion matching -> response instanceof Response.Matches matches
                    ? matching.pairs().stream().filter(pair -> matches.answers().containsKey(pair.id()))
                    .map(pair -> pair.prompt() + " \u2192 " + matches.answers().get(pair.id())).collect(Collectors.joining("; ")) : "";
            case OrderingQuestion ordering -> response instanceof Response.Sequence sequence
                    ? sequence.itemIds().stream().map(id -> text(ordering.items(), OrderItem::id, OrderItem::text, id))
                    .collect(Collectors.joining(" \u2192 ")) : "";
            case ClozeQuestion cloze -> response instanceof Response.Gaps gaps ? gaps(cloze, gap -> {
                Response answer = gaps.answers().get(gap.id());
                return answer == null ? "\u2014" : response(gap.question(), answer);
            }) : "";
        };
    }

    /** The right answer: every fully right option, accepted answer or value, the right pairs or order. */
    String right(Question question) {
        return switch (question) {
            case SingleChoiceQuestion single -> single.choices().stream().filter(Choice::isFullCredit).map(Choice::text)
                    .collect(Collectors.joining("; "));
            case MultipleChoiceQuestion multiple -> multiple.choices().stream().filter(Choice::isRight).map(Choice::text)
                    .collect(Collectors.joining("; "));
            case TrueFalseQuestion trueFalse -> truth(trueFalse.answer());
            case ShortAnswerQuestion shortAnswer -> shortAnswer.answers().stream()
                    .filter(answer -> answer.credit().compareTo(java.math.BigDecimal.ONE) == 0 && !answer.pattern())
                    .map(AcceptedAnswer::text).findFirst()
                    .orElse(shortAnswer.answers().get(0).text());
            case NumericQuestion numeric -> numeric.answers().stream()
                    .filter(answer -> answer.credit().compareTo(java.math.BigDecimal.ONE) == 0).findFirst()
                    .map(answer -> value(answer, numeric)).orElse("");
            case MatchingQuestion matching -> matching.pairs().stream().map(pair -> pair.prompt() + " \u2192 " + pair.answer())
                    .collect(Collectors.joining("; "));
            case OrderingQuestion ordering -> ordering.items().stream().map(OrderItem::text).collect(Collectors.joining(" \u2192 "));
            case ClozeQuestion cloze -> gaps(cloze, gap -> right(gap.question()));
        };
    }

    private String value(NumericAnswer answer, NumericQuestion question) {
        String unit = question.units().isEmpty() ? "" : " " + question.units().get(0).name();
        if (answer.tolerance().signum() == 0) {
            return answer.value().toPlainString() + unit;
        }
        String tolerance = answer.kind() == NumericAnswer.Tolerance.RELATIVE
                ? answer.tolerance().movePointRight(2).stripTrailingZeros().toPlainString() + "%"
                : answer.tolerance().toPlainString();
        return answer.value().toPlainString() + unit + " \u00b1 " + tolerance;
    }

    /** A cloze question's sentence with the learner's gap answers in it, each marked (HTML, every text escaped). */
    String clozeSentence(ClozeQuestion cloze, Response response) {
        Map<String, Response> answers = response instanceof Response.Gaps gaps ? gaps.answers() : Map.of();
        return sentence(cloze, gap -> answers.containsKey(gap.id()) ? response(gap.question(), answers.get(gap.id())) : "\u2014");
    }

    /** A cloze question's sentence with the right answers in it, each marked (HTML, every text escaped). */
    String clozeRightSentence(ClozeQuestion cloze) {
        return sentence(cloze, gap -> right(gap.question()));
    }

    private static String sentence(ClozeQuestion cloze, Function<Gap, String> text) {
        Map<String, Gap> byId = cloze.gaps().stream().collect(Collectors.toMap(Gap::id, gap -> gap));
        var html = new StringBuilder();
        var matcher = ClozeQuestion.MARKER.matcher(cloze.text());
        int from = 0;
        while (matcher.find()) {
            html.append(escape(cloze.text().substring(from, matcher.start())))
                    .append("<mark class=\"gap\">").append(escape(text.apply(byId.get(matcher.group(1))))).append("</mark>");
            from = matcher.end();
        }
        return html.append(escape(cloze.text().substring(from))).toString();
    }

    static String escape(String text) {
        var escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String gaps(ClozeQuestion cloze, Function<Gap, String> text) {
        var parts = new ArrayList<String>();
        int number = 0;
        Map<String, Gap> byId = cloze.gaps().stream().collect(Collectors.toMap(Gap::id, gap -> gap));
        for (String id : ClozeQuestion.markers(cloze.text())) {
            parts.add("(" + ++number + ") " + text.apply(byId.get(id)));
        }
        return String.join("; ", parts);
    }

    private static <T> String text(List<T> parts, Function<T, String> id, Function<T, String> text, String wanted) {
        return parts.stream().filter(part -> id.apply(part).equals(wanted)).map(text).findFirst().orElse(wanted);
    }

    private String truth(boolean value) {
        return messages.getString(value ? "answer.true" : "answer.false");
    }
}

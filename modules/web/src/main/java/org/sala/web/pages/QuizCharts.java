package org.sala.web.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.sala.engine.question.Choice;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.Question;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.engine.statistics.QuestionStatistics;
import org.sala.web.Json;

/** The figures of a quiz's charts as charts.js reads them (JSON), and the same figures for the tables beside them. */
public final class QuizCharts {

    private static final int BINS = 10;

    private QuizCharts() {
    }

    /** Submitted attempts per ten percentage points: [0, 10), [10, 20), ..., [90, 100]. */
    static int[] bins(List<BigDecimal> percents) {
        int[] counts = new int[BINS];
        for (BigDecimal percent : percents) {
            int bin = Math.min(BINS - 1, Math.max(0, percent.intValue() / 10));
            counts[bin]++;
        }
        return counts;
    }

    static String binLabel(int bin) {
        return bin == BINS - 1 ? "90–100%" : bin * 10 + "–<" + (bin + 1) * 10 + "%";
    }

    /** The histogram: a bar per bin, and the pass mark as a dashed line at its place on the axis (bins are 10 points wide). */
    static String histogram(List<Integer> counts, BigDecimal passMark, ResourceBundle messages) {
        var labels = new ArrayList<String>();
        for (int i = 0; i < counts.size(); i++) {
            labels.add(Json.string(binLabel(i)));
        }
        String marker = passMark.signum() == 0 ? "" : ",\"marker\":{\"at\":" + passMark.divide(BigDecimal.TEN).subtract(new BigDecimal("0.5")).toPlainString()
                + ",\"label\":" + Json.string(java.text.MessageFormat.format(messages.getString("charts.passMark"), passMark.toPlainString())) + "}";
        return "{\"type\":\"bar\",\"labels\":[" + String.join(",", labels) + "],\"datasets\":[{\"label\":"
                + Json.string(messages.getString("charts.attempts")) + ",\"data\":" + counts + "}],\"x\":"
                + Json.string(messages.getString("charts.score")) + ",\"y\":" + Json.string(messages.getString("charts.attempts")) + marker + "}";
    }

    /**
     * Facility (x, percent) against discrimination (y, -1..1), a point per question with a discrimination; weak
     * questions (the engine's rule) drawn as red triangles, the others as blue circles. Each point links to the
     * question's editor for those who may edit, else to its row in the table.
     */
    static String scatter(List<QuestionStatistics> questions, String editorBase, boolean mayEdit, ResourceBundle messages) {
        var labels = new ArrayList<String>();
        var points = new ArrayList<String>();
        var colors = new ArrayList<String>();
        var styles = new ArrayList<String>();
        var links = new ArrayList<String>();
        for (QuestionStatistics question : questions) {
            if (question.discrimination().isEmpty()) {
                continue;
            }
            labels.add(Json.string(question.questionId() + (question.isWeak() ? " (" + messages.getString("staff.check") + ")" : "")));
            points.add(String.format(java.util.Locale.ROOT, "{\"x\":%.1f,\"y\":%.2f}", question.facility() * 100, question.discrimination().getAsDouble()));
            colors.add(Json.string(question.isWeak() ? "#c62828" : "#1f5f8b"));
            styles.add(Json.string(question.isWeak() ? "triangle" : "circle"));
            links.add(Json.string(mayEdit ? editorBase + java.net.URLEncoder.encode(question.questionId(), java.nio.charset.StandardCharsets.UTF_8)
                    : "#question-" + question.questionId()));
        }
        return "{\"type\":\"scatter\",\"labels\":[" + String.join(",", labels) + "],\"datasets\":[{\"label\":"
                + Json.string(messages.getString("charts.questions")) + ",\"data\":[" + String.join(",", points) + "],\"colors\":["
                + String.join(",", colors) + "],\"styles\":[" + String.join(",", styles) + "]}],\"links\":[" + String.join(",", links) + "],"
                + "\"x\":" + Json.string(messages.getString("staff.facility") + " (%)") + ",\"y\":" + Json.string(messages.getString("staff.discrimination"))
                + ",\"xMin\":0,\"xMax\":100,\"yMin\":-1,\"max\":1}";
    }

    /** An option of a question and how many attempts picked it. */
    public record Option(String label, boolean right, int picked) {
    }

    /** The options of a choice question (single, multiple, true or false) with their picks; empty for other types. */
    static List<Option> options(Question question, Map<String, Integer> counts, ResourceBundle messages) {
        var options = new ArrayList<Option>();
        List<Choice> choices = switch (question) {
            case SingleChoiceQuestion single -> single.choices();
            case MultipleChoiceQuestion multiple -> multiple.choices();
            default -> List.of();
        };
        for (Choice choice : choices) {
            String text = choice.text().length() > 60 ? choice.text().substring(0, 59) + "…" : choice.text();
            options.add(new Option(text, choice.credit().signum() > 0, counts.getOrDefault(choice.id(), 0)));
        }
        if (question instanceof TrueFalseQuestion trueFalse) {
            options.add(new Option(messages.getString("answer.true"), trueFalse.answer(), counts.getOrDefault("true", 0)));
            options.add(new Option(messages.getString("answer.false"), !trueFalse.answer(), counts.getOrDefault("false", 0)));
        }
        return options;
    }

    /** A horizontal bar per option; the right ones in green. */
    static String optionChart(List<Option> options, ResourceBundle messages) {
        var labels = new ArrayList<String>();
        var data = new ArrayList<String>();
        var colors = new ArrayList<String>();
        for (Option option : options) {
            labels.add(Json.string((option.right() ? "✓ " : "") + option.label()));
            data.add(String.valueOf(option.picked()));
            colors.add(Json.string(option.right() ? "#2e7d32" : "#1f5f8b"));
        }
        return "{\"type\":\"bar\",\"horizontal\":true,\"labels\":[" + String.join(",", labels) + "],\"datasets\":[{\"label\":"
                + Json.string(messages.getString("charts.picked")) + ",\"data\":[" + String.join(",", data) + "],\"colors\":[" + String.join(",", colors) + "]}]}";
    }
}

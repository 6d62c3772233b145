package org.sala.web.pages;

import jakarta.faces.context.FacesContext;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.sala.engine.statistics.QuestionStatistics;
import org.sala.engine.statistics.QuizStatistics;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.web.content.PackCatalog;
import org.sala.web.quiz.ResultService;

/**
 * For instructors and administrators (the container refuses everyone else, see web.xml): how each quiz's
 * questions perform over the submitted attempts, by the engine's item analysis: facility, discrimination,
 * and for the quiz the mean, median and Cronbach's alpha. Parameters {@code pack}, optionally {@code quiz}.
 */
@Named
@RequestScoped
public class QuestionPerformancePage {

    @Inject
    PackCatalog catalog;

    @Inject
    ResultService results;

    @Inject
    org.sala.web.account.AccessService access;

    @Inject
    org.sala.web.account.CurrentUser currentUser;

    private String packId;
    private String quizId;
    private Pack pack;
    private Quiz quiz;
    private QuizStatistics statistics;
    private List<QuestionStatistics> byVersion = List.of();
    private List<java.math.BigDecimal> percents = List.of();

    /** One question's line: how many answered it, how easy it was, how well it separates strong from weak. */
    public record Row(String questionId, String prompt, int attempts, String facility, String discrimination, boolean flagged) {
    }

    public void load() {
        pack = catalog.pack(packId).orElse(null);
        if (pack == null) {
            Pages.notFound();
            return;
        }
        quiz = quizId == null ? pack.quizzes().stream().findFirst().orElse(null) : pack.quiz(quizId).orElse(null);
        if (quiz == null) {
            Pages.notFound();
            return;
        }
        ResultService.QuizReport report = results.report(pack, quiz);
        statistics = report.statistics().orElse(null);
        percents = report.percents();
        byVersion = statistics == null ? List.of() : results.performanceByVersion(pack, quiz);
    }

    public List<Row> getRows() {
        return statistics == null ? List.of() : rows(statistics.questions());
    }

    /** The questions answered in more than one version, one line per version ({@code id@version}); empty when there are none. */
    public List<Row> getVersionRows() {
        return rows(byVersion);
    }

    private List<Row> rows(List<QuestionStatistics> questions) {
        var rows = new ArrayList<Row>();
        for (QuestionStatistics question : questions) {
            String prompt = pack.question(question.questionId().split("@")[0]).map(authored -> authored.question().prompt()).orElse(question.questionId());
            rows.add(new Row(question.questionId(), prompt.length() > 140 ? prompt.substring(0, 139) + "…" : prompt,
                    question.attempts(), percent(OptionalDouble.of(question.facility() * 100)),
                    decimal(question.discrimination()), question.isWeak()));
        }
        return rows;
    }

    /** One bin of the score histogram: its range and how many submitted attempts scored in it. */
    public record Bin(String range, int attempts) {
    }

    /** Ten bins of ten percentage points (the last takes 100 too), over the submitted attempts. */
    public List<Bin> getBins() {
        int[] counts = QuizCharts.bins(percents);
        var bins = new ArrayList<Bin>();
        for (int i = 0; i < counts.length; i++) {
            bins.add(new Bin(QuizCharts.binLabel(i), counts[i]));
        }
        return bins;
    }

    /** The histogram's JSON (charts.js), the pass mark drawn where it falls. */
    public String getHistogramChart() {
        return QuizCharts.histogram(getBins().stream().map(Bin::attempts).toList(), quiz.rules().passMark(), Pages.messages());
    }

    /** The facility-against-discrimination chart's JSON: each point a question, weak ones in another colour, each linked. */
    public String getScatterChart() {
        String regradeBase = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/edit/question.xhtml?pack=" + pack.id()
                + "&id=";
        return QuizCharts.scatter(statistics == null ? List.of() : statistics.questions(), regradeBase, isMayRegrade(), Pages.messages());
    }

    /** One choice question's options and how often each was picked. */
    public record OptionCounts(String questionId, String prompt, List<QuizCharts.Option> options, String chart) {
    }

    /** Per question with options (single, multiple choice, true or false), the picks of each option; in the quiz's order. */
    public List<OptionCounts> getOptionCounts() {
        if (statistics == null) {
            return List.of();
        }
        var all = new ArrayList<OptionCounts>();
        for (QuestionStatistics question : statistics.questions()) {
            var authored = pack.question(question.questionId());
            if (authored.isEmpty()) {
                continue;
            }
            List<QuizCharts.Option> options = QuizCharts.options(authored.get().question(), question.optionCounts(), Pages.messages());
            if (!options.isEmpty()) {
                String prompt = authored.get().question().prompt();
                all.add(new OptionCounts(question.questionId(), prompt.length() > 140 ? prompt.substring(0, 139) + "…" : prompt, options,
                        QuizCharts.optionChart(options, Pages.messages())));
            }
        }
        return all;
    }

    /** Whether the one looking may regrade this course's quizzes (its editors and administrators). */
    public boolean isMayRegrade() {
        return pack != null && access.mayEdit(currentUser.username().orElse(""), currentUser.isAdmin(), pack.id());
    }

    public int getAttemptCount() {
        return statistics == null ? 0 : statistics.attempts();
    }

    public String getMean() {
        return statistics == null ? "" : percent(statistics.meanPercent());
    }

    public String getMedian() {
        return statistics == null ? "" : percent(statistics.medianPercent());
    }

    public String getAlpha() {
        return statistics == null ? "" : decimal(statistics.cronbachAlpha());
    }

    private static String percent(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.0f%%", value.getAsDouble()) : "–";
    }

    private static String decimal(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "–";
    }

    public Pack getPack() {
        return pack;
    }

    public Quiz getQuiz() {
        return quiz;
    }

    public String getPackId() {
        return packId;
    }

    public void setPackId(String packId) {
        this.packId = packId;
    }

    public String getQuizId() {
        return quizId;
    }

    public void setQuizId(String quizId) {
        this.quizId = quizId;
    }
}

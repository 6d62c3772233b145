package org.sala.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.web.Json;
import org.sala.web.account.AccessService;
import org.sala.web.account.CurrentUser;
import org.sala.web.content.PackCatalog;
import org.sala.web.quiz.GradebookService;
import org.sala.web.quiz.GradebookService.Cell;
import org.sala.web.quiz.GradebookService.Gradebook;
import org.sala.web.quiz.GradebookService.Row;
import org.sala.web.quiz.GradebookService.Show;
import org.sala.web.quiz.GradebookService.Sort;

/**
 * A course's gradebook, for its editors and administrators (others get 403): every enrolled learner with their
 * grade per quiz, pass or fail and lesson progress; filtered, sorted and paged by the page's own parameters
 * ({@code pack}, {@code q}, {@code show}, {@code sort}, {@code quiz}, {@code desc}, {@code page}), so every view
 * of it is a link. Below it, how far learners have come through the lessons, as a chart and a table.
 */
@Named
@RequestScoped
public class GradebookPage {

    @Inject
    PackCatalog catalog;

    @Inject
    GradebookService grades;

    @Inject
    AccessService access;

    @Inject
    CurrentUser currentUser;

    private String packId;
    private String text = "";
    private String show = "EVERYONE";
    private String sort = "NAME";
    private String quizId = "";
    private boolean descending;
    private int pageNumber = 1;
    private Pack pack;
    private Gradebook book;
    private GradebookService.Page page;

    /** A cell as the table shows it. */
    public record CellView(String grade, String result, String resultClass, String attempts, boolean accommodated) {
    }

    /** A row as the table shows it. */
    public record RowView(String learner, String name, String lessons, List<CellView> cells, boolean accommodated) {
    }

    /** A column heading: its text, the link that sorts by it, and how it is sorted now (for aria-sort). */
    public record Heading(String label, String link, String ariaSort) {
    }

    public void load() {
        pack = Pages.staffCourse(packId, catalog, access, currentUser).orElse(null);
        if (pack == null) {
            return;
        }
        book = grades.gradebook(pack);
        page = GradebookService.page(book, text, parse(Show.class, show, Show.EVERYONE), parse(Sort.class, sort, Sort.NAME), quizId,
                descending, pageNumber, GradebookService.PAGE_SIZE);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, E otherwise) {
        try {
            return name == null ? otherwise : Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return otherwise;
        }
    }

    public List<RowView> getRows() {
        if (page == null) {
            return List.of();
        }
        ResourceBundle messages = Pages.messages();
        var rows = new ArrayList<RowView>();
        for (Row row : page.rows()) {
            var cells = new ArrayList<CellView>();
            for (Cell cell : row.cells()) {
                cells.add(cell(cell, messages));
            }
            rows.add(new RowView(row.learner(), row.displayName(), row.lessonsStudied() + " / " + book.lessons(), cells, row.accommodated()));
        }
        return rows;
    }

    static CellView cell(Cell cell, ResourceBundle messages) {
        String grade = cell.grade().map(percent -> percent.setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%")
                .orElse(cell.open() ? messages.getString("gradebook.inProgress") : "–");
        String result = cell.passed().map(passed -> messages.getString(passed ? "gradebook.passed" : "gradebook.failed")).orElse("");
        String resultClass = cell.passed().map(passed -> passed ? "passed" : "failed").orElse("");
        String attempts = cell.submitted() == 0 ? "" : MessageFormat.format(messages.getString("gradebook.attempts"), cell.submitted());
        return new CellView(grade, result, resultClass, attempts, cell.accommodated());
    }

    public List<Quiz> getQuizzes() {
        return book == null ? List.of() : book.quizzes();
    }

    /** The headings: learner, lessons, then one per quiz; each sorts by itself, and again the other way. */
    public List<Heading> getHeadings() {
        if (book == null) {
            return List.of();
        }
        ResourceBundle messages = Pages.messages();
        var headings = new ArrayList<Heading>();
        headings.add(heading(messages.getString("gradebook.learner"), "NAME", ""));
        headings.add(heading(messages.getString("gradebook.lessons"), "PROGRESS", ""));
        for (Quiz quiz : book.quizzes()) {
            headings.add(heading(quiz.title(), "QUIZ", quiz.id()));
        }
        return headings;
    }

    private Heading heading(String label, String by, String quiz) {
        boolean current = parse(Sort.class, sort, Sort.NAME).name().equals(by) && (!by.equals("QUIZ") || quiz.equals(quizId));
        String ariaSort = current ? (descending ? "descending" : "ascending") : "none";
        Map<String, String> parameters = parameters();
        parameters.put("sort", by.toLowerCase(Locale.ROOT));
        parameters.put("quiz", quiz);
        parameters.put("desc", String.valueOf(current && !descending));
        parameters.put("page", "1");
        return new Heading(label, link("gradebook.xhtml", parameters), ariaSort);
    }

    /** The page's parameters as they are now, to change one in a link. */
    private Map<String, String> parameters() {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("pack", pack.id());
        parameters.put("q", text == null ? "" : text);
        parameters.put("show", show == null ? "" : show.toLowerCase(Locale.ROOT));
        parameters.put("sort", sort == null ? "" : sort.toLowerCase(Locale.ROOT));
        parameters.put("quiz", quizId == null ? "" : quizId);
        parameters.put("desc", String.valueOf(descending));
        parameters.put("page", String.valueOf(pageNumber));
        return parameters;
    }

    static String link(String target, Map<String, String> parameters) {
        var out = new StringBuilder(target);
        char separator = '?';
        for (var parameter : parameters.entrySet()) {
            if (parameter.getValue() == null || parameter.getValue().isEmpty()) {
                continue;
            }
            out.append(separator).append(parameter.getKey()).append('=').append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return out.toString();
    }

    public String getPreviousLink() {
        return pageLink(page == null ? 1 : page.page() - 1);
    }

    public String getNextLink() {
        return pageLink(page == null ? 1 : page.page() + 1);
    }

    private String pageLink(int number) {
        if (page == null || number < 1 || number > page.pages()) {
            return "";
        }
        Map<String, String> parameters = parameters();
        parameters.put("page", String.valueOf(number));
        return link("gradebook.xhtml", parameters);
    }

    public String getSummary() {
        return page == null ? "" : MessageFormat.format(Pages.messages().getString("gradebook.summary"), page.matched(), book.rows().size(),
                page.page(), page.pages());
    }

    public String getLearnerLink(String learner) {
        return link("learner.xhtml", Map.of("pack", pack.id(), "learner", learner));
    }

    /** Per lesson, how many of the course's learners marked it studied: the chart's figures and the table's. */
    public record LessonLine(String title, int learners) {
    }

    public List<LessonLine> getLessonLines() {
        if (book == null) {
            return List.of();
        }
        Map<String, Integer> counts = book.learnersPerLesson();
        var lines = new ArrayList<LessonLine>();
        for (Lesson lesson : pack.lessons()) {
            lines.add(new LessonLine(lesson.title(), counts.getOrDefault(lesson.id(), 0)));
        }
        return lines;
    }

    /** The lesson-progress chart's JSON (see charts.js). */
    public String getProgressChart() {
        var labels = new ArrayList<String>();
        var data = new ArrayList<String>();
        for (LessonLine line : getLessonLines()) {
            labels.add(Json.string(line.title()));
            data.add(String.valueOf(line.learners()));
        }
        return "{\"type\":\"bar\",\"labels\":[" + String.join(",", labels) + "],\"datasets\":[{\"label\":"
                + Json.string(Pages.messages().getString("gradebook.progressLearners")) + ",\"data\":[" + String.join(",", data) + "]}],"
                + "\"x\":" + Json.string(Pages.messages().getString("gradebook.lesson")) + ",\"y\":"
                + Json.string(Pages.messages().getString("gradebook.progressLearners")) + ",\"max\":" + Math.max(1, book.rows().size()) + "}";
    }

    public int getLearnerCount() {
        return book == null ? 0 : book.rows().size();
    }

    public Pack getPack() {
        return pack;
    }

    public String getPackId() {
        return packId;
    }

    public void setPackId(String packId) {
        this.packId = packId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

    public String getShow() {
        return show.toLowerCase(Locale.ROOT);
    }

    public void setShow(String show) {
        this.show = show == null ? "EVERYONE" : show;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort == null ? "NAME" : sort;
    }

    public String getQuizId() {
        return quizId;
    }

    public void setQuizId(String quizId) {
        this.quizId = quizId == null ? "" : quizId;
    }

    public String getDesc() {
        return String.valueOf(descending);
    }

    public void setDesc(String desc) {
        this.descending = "true".equals(desc);
    }

    public String getPageText() {
        return String.valueOf(pageNumber);
    }

    /** The page number; anything but a number from 1 is the first page. */
    public void setPageText(String text) {
        this.pageNumber = text == null ? 1 : Pages.parseNumber(text, 1, Integer.MAX_VALUE).orElse(1);
    }
}

package org.sala.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sala.pack.model.Lesson;
import org.sala.web.account.CurrentUser;
import org.sala.web.study.CourseProgress;
import org.sala.web.study.StudyService;
import org.sala.pack.model.Pack;
import org.sala.web.content.PackCatalog;

/**
 * A course: its lessons in order and its quizzes, and for a signed-in learner their progress, the lesson to
 * continue with and how many questions are due for review. Parameter {@code pack}.
 */
@Named
@RequestScoped
public class CoursePage {

    @Inject
    PackCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    StudyService study;

    @Inject
    org.sala.web.account.AccessService access;

    @Inject
    org.sala.web.quiz.GradebookService grades;

    private String packId;
    private Pack pack;
    private java.util.List<org.sala.web.quiz.GradebookService.Moment> timeline;
    private CourseProgress progress;

    public void load() {
        catalog.pack(packId).ifPresentOrElse(found -> pack = found, Pages::notFound);
    }

    /** One moment of the learner's own course as the table under the chart shows it. */
    public record MomentLine(String when, String what, String score, String progress) {
    }

    /** The signed-in learner's lessons studied and attempts submitted here, oldest first; empty for a visitor. */
    public java.util.List<org.sala.web.quiz.GradebookService.Moment> getTimeline() {
        if (timeline == null) {
            timeline = pack == null ? java.util.List.of() : currentUser.username().map(learner -> grades.timeline(pack, learner)).orElse(java.util.List.of());
        }
        return timeline;
    }

    public java.util.List<MomentLine> getTimelineLines() {
        TimeFormat times = TimeFormat.current();
        var messages = Pages.messages();
        return getTimeline().stream().map(moment -> new MomentLine(times.dateTime(moment.at()),
                java.text.MessageFormat.format(messages.getString(moment.attempt() ? "course.timeline.attempt" : "course.timeline.lesson"), moment.title()),
                moment.percent().map(percent -> percent.stripTrailingZeros().toPlainString() + "%")
                        .orElse(moment.attempt() ? messages.getString("course.timeline.notShown") : ""),
                moment.progress() + "%")).toList();
    }

    /** The chart of the learner's own course (see charts.js): lessons studied (percent) and their grades over time. */
    public String getTimelineChart() {
        var messages = Pages.messages();
        var labels = new java.util.ArrayList<String>();
        var scores = new java.util.ArrayList<String>();
        var progress = new java.util.ArrayList<String>();
        var format = java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH).withZone(TimeFormat.current().zone());
        for (var moment : getTimeline()) {
            labels.add(org.sala.web.Json.string(format.format(moment.at()) + ": " + moment.title()));
            scores.add(moment.percent().map(java.math.BigDecimal::toPlainString).orElse("null"));
            progress.add(String.valueOf(moment.progress()));
        }
        return "{\"type\":\"line\",\"labels\":[" + String.join(",", labels) + "],\"datasets\":["
                + "{\"label\":" + org.sala.web.Json.string(messages.getString("course.timeline.scores")) + ",\"data\":[" + String.join(",", scores) + "]},"
                + "{\"label\":" + org.sala.web.Json.string(messages.getString("course.timeline.progress")) + ",\"data\":[" + String.join(",", progress) + "]}],"
                + "\"y\":\"%\",\"max\":100,\"spanGaps\":true}";
    }

    /** Whether the signed-in account may edit this course (its editors and administrators). */
    public boolean isMayEdit() {
        return pack != null && currentUser.username().map(name -> access.mayEdit(name, currentUser.isAdmin(), pack.id())).orElse(false);
    }

    public String getPackId() {
        return packId;
    }

    public void setPackId(String packId) {
        this.packId = packId;
    }

    /** The signed-in learner's progress; for a visitor, nothing studied and the first lesson to start with. */
    public CourseProgress getProgress() {
        if (progress == null && pack != null) {
            progress = currentUser.username().map(learner -> study.progress(learner, pack))
                    .orElseGet(() -> CourseProgress.none(pack.lessons().size(), pack.lessons().stream().map(Lesson::id).findFirst()));
        }
        return progress;
    }

    /** The title of the lesson to continue with, empty if the course has none. */
    public String getContinueTitle() {
        return getProgress().continueWith().flatMap(pack::lesson).map(Lesson::title).orElse("");
    }

    public String getContinueId() {
        return getProgress().continueWith().orElse("");
    }

    public boolean isSignedIn() {
        return currentUser.isSignedIn();
    }

    public Pack getPack() {
        return pack;
    }
}

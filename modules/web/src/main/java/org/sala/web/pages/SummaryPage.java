package org.sala.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sala.engine.question.Question;
import org.sala.persistence.attempt.AttemptRecord;
import org.sala.web.account.CurrentUser;
import org.sala.web.quiz.AttemptService;

/**
 * Before submitting: which questions are answered, which are not and which the learner flagged, and the
 * button that submits. Submitting
 * twice grades once. Parameter {@code attempt}.
 */
@Named
@RequestScoped
public class SummaryPage {

    @Inject
    AttemptService flow;

    @Inject
    CurrentUser currentUser;

    @Inject
    java.time.Clock clock;

    private String attemptId;
    private AttemptRecord record;
    private AttemptService.Shown shown;
    private String backTo;

    /** A question's line in the summary. */
    public record Line(int number, boolean answered, boolean flagged) {
    }

    public void load() {
        shown = Pages.parseId(attemptId).flatMap(id -> flow.show(currentUser.username().orElseThrow(), id)).orElse(null);
        record = shown == null ? null : shown.attempt();
        if (record == null) {
            Pages.notFound();
        } else if (!record.attempt().state().isOpen()) {
            Pages.redirect("result.xhtml?attempt=" + record.id());
        }
    }

    public String submit() {
        AttemptRecord submitted = flow.submit(currentUser.username().orElseThrow(), UUID.fromString(attemptId));
        return "result?faces-redirect=true&attempt=" + submitted.id();
    }

    /** Empty until the page parameter is known: Faces reads some values before the submit action runs. */
    public List<Line> getLines() {
        var lines = new ArrayList<Line>();
        if (record == null) {
            return lines;
        }
        java.util.Set<String> flags = shown.flags();
        int number = 0;
        for (Question question : record.attempt().questions()) {
            lines.add(new Line(++number, !record.attempt().state(question.id()).response().isBlank(), flags.contains(question.id())));
        }
        return lines;
    }

    public long getUnanswered() {
        return getLines().stream().filter(line -> !line.answered()).count();
    }

    public long getFlagged() {
        return getLines().stream().filter(Line::flagged).count();
    }

    /** The question the learner came from, to go back to; the first when not known. */
    public int getBackTo() {
        int count = record == null ? 1 : record.attempt().questions().size();
        return backTo == null ? 1 : Pages.parseNumber(backTo, 1, count).orElse(1);
    }

    public String getQ() {
        return backTo;
    }

    public void setQ(String q) {
        this.backTo = q;
    }

    /** The time left as m:ss, empty when the quiz has no time limit. */
    public String getTimeLeft() {
        return timeLeft().map(left -> String.format("%d:%02d", left.toMinutes(), left.toSecondsPart())).orElse("");
    }

    public long getSecondsLeft() {
        return timeLeft().map(java.time.Duration::toSeconds).orElse(-1L);
    }

    private java.util.Optional<java.time.Duration> timeLeft() {
        return record == null ? java.util.Optional.empty()
                : org.sala.engine.attempt.Attempts.timeLeft(record.attempt(), shown.quiz().rules(), clock.instant());
    }

    public String getTitle() {
        return shown == null ? "" : shown.quiz().title();
    }


    public String getAttemptId() {
        return attemptId;
    }

    public void setAttemptId(String attemptId) {
        this.attemptId = attemptId;
    }
}

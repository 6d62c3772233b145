package org.sala.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sala.engine.attempt.QuizRules;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.persistence.attempt.AttemptRecord;
import org.sala.web.account.CurrentUser;
import org.sala.web.content.PackCatalog;
import org.sala.web.quiz.AttemptService;

/**
 * Before an attempt: the quiz's rules (time limit, attempts left, grading method, pass mark), the learner's
 * earlier attempts, and the button that starts a new attempt or continues the open one. Parameters
 * {@code pack} and {@code quiz}.
 */
@Named
@RequestScoped
public class StartPage {

    @Inject
    PackCatalog catalog;

    @Inject
    AttemptService flow;

    @Inject
    CurrentUser currentUser;

    private String packId;
    private String quizId;
    private Pack pack;
    private Quiz quiz;
    private AttemptService.Overview overview = new AttemptService.Overview(List.of(), java.util.Optional.empty(), java.util.OptionalInt.empty(),
            null, java.util.Optional.empty());

    public void load() {
        pack = catalog.pack(packId).orElse(null);
        quiz = pack == null ? null : pack.quiz(quizId).orElse(null);
        if (quiz == null) {
            Pages.notFound();
            return;
        }
        overview = flow.overview(currentUser.username().orElseThrow(), pack, quiz);
    }

    public String start() {
        load();
        try {
            AttemptRecord attempt = flow.startOrResume(currentUser.username().orElseThrow(), pack, quiz);
            return "attempt?faces-redirect=true&attempt=" + attempt.id() + "&q=1";
        } catch (org.sala.engine.attempt.RefusedException refused) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Pages.refusal(refused.refusal()), null));
            return null;
        }
    }

    /** One earlier attempt, as the history lists it. */
    public record HistoryLine(int number, String state, boolean graded, String attemptId) {
    }

    /** Whether the learner has an open attempt, which the button continues. */
    public boolean isResuming() {
        return overview.resuming();
    }

    /** Why no new attempt may start, or empty. */
    public String getRefusal() {
        return isResuming() ? "" : overview.refusal().map(Pages::refusal).orElse("");
    }

    public List<HistoryLine> getLines() {
        return overview.history().stream().map(record -> new HistoryLine(record.attempt().number(), record.attempt().state().name(),
                record.attempt().result().isPresent(), record.id().toString())).toList();
    }

    public String getAttemptsLeft() {
        return overview.attemptsLeft().isPresent() ? String.valueOf(overview.attemptsLeft().getAsInt()) : "";
    }

    public String getTimeLimitMinutes() {
        QuizRules rules = getRules();
        return rules == null ? "" : rules.timeLimit().map(limit -> String.valueOf(limit.toMinutes())).orElse("");
    }

    /** When the quiz closes for this learner (their own date if they have one), or empty. */
    public String getClosesAt() {
        QuizRules rules = getRules();
        return rules == null ? "" : rules.closesAt().map(TimeFormat.current()::dateTime).orElse("");
    }

    /** The learner's own arrangements at this quiz, as one sentence; empty when they have none. */
    public String getAccommodation() {
        return overview.accommodation().map(own -> Accommodations.describe(own, quiz == null ? null : quiz.rules(), Pages.messages(),
                TimeFormat.current())).orElse("");
    }

    /**
     * The quiz's rules for this learner (with their accommodation); the quiz's own until the page parameters are
     * known (Faces reads some values before the action runs); null without a quiz.
     */
    public QuizRules getRules() {
        if (overview.rules() != null) {
            return overview.rules();
        }
        return quiz == null ? null : quiz.rules();
    }

    public List<AttemptRecord> getHistory() {
        return overview.history();
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

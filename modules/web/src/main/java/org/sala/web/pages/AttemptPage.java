package org.sala.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import org.sala.engine.assembly.AssembledQuestion;
import org.sala.engine.attempt.Attempts;
import org.sala.engine.attempt.QuestionState;
import org.sala.engine.response.Response;
import org.sala.engine.scoring.Certainty;
import org.sala.persistence.attempt.AttemptRecord;
import org.sala.web.account.CurrentUser;
import org.sala.web.quiz.AttemptService;

/**
 * One question of an attempt at a time, with a panel to go to any question. Every answer is saved to the
 * database before the page says "saved"; the page works without JavaScript (Save, Previous, Next, Finish).
 * Each save carries the sequence number the page was shown with, so a save from an older page (another tab)
 * is refused instead of overwriting a newer answer. Parameters {@code attempt} and {@code q} (1-based).
 */
@Named
@ViewScoped
public class AttemptPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(AttemptPage.class.getName());

    @Inject
    java.time.Clock clock;

    @Inject
    AttemptService flow;

    @Inject
    CurrentUser currentUser;

    @Inject
    org.sala.web.account.AccountService accounts;

    private String attemptId;
    private int number = 1;
    private String requestedNumber;
    private String title;
    /** The attempt's question ids in its order, for the panel; only the shown question is made into a view. */
    private List<String> questionIds = List.of();
    private QuestionView question;
    private List<Boolean> answered = List.of();
    private Set<String> flags = Set.of();
    private boolean certaintyBased;
    private String certainty = "";
    private String hint = "";
    private long sequence;
    private String timeLeft = "";
    private long secondsLeft = -1;
    private boolean interactive;
    private String verdict = "";
    private String feedback = "";
    private int triesLeft;
    private boolean finished;
    private final AnswerForm answers = new AnswerForm();

    /** One entry of the navigation panel. */
    public record Step(int number, boolean answered, boolean flagged, boolean current) implements Serializable {
    }

    public void load() {
        Optional<AttemptService.Shown> found = Pages.parseId(attemptId).flatMap(id -> flow.show(currentUser.username().orElseThrow(), id));
        if (found.isEmpty()) {
            Pages.notFound();
            return;
        }
        AttemptRecord record = found.get().attempt();
        flags = found.get().flags();
        if (!record.attempt().state().isOpen()) {
            Pages.redirect("result.xhtml?attempt=" + record.id());
            return;
        }
        title = found.get().quiz().title();
        List<AssembledQuestion> assembled = found.get().questions();
        questionIds = assembled.stream().map(shown -> shown.question().id()).toList();
        if (requestedNumber != null) {
            // A question number that is not one of this attempt's (q=abc, q=0, q=99999999999) is a page that does not exist.
            java.util.OptionalInt asked = Pages.parseNumber(requestedNumber, 1, questionIds.size());
            if (asked.isEmpty()) {
                Pages.notFound();
                return;
            }
            number = asked.getAsInt();
        }
        ResourceBundle messages = Pages.messages();
        question = QuestionView.of(assembled.get(number - 1), number, messages.getString("answer.true"), messages.getString("answer.false"));
        show(record);
    }

    /** Shows the attempt as stored: the current question's saved answer, the panel, the time left. */
    private void show(AttemptRecord record) {
        var states = new ArrayList<Boolean>();
        questionIds.forEach(id -> states.add(!record.attempt().state(id).response().isBlank()));
        answered = List.copyOf(states);
        QuestionState state = record.attempt().state(getQuestion().id());
        answers.prepare(List.of(getQuestion()));
        answers.fill(getQuestion(), state.response());
        sequence = state.sequence() + 1;
        var rules = flow.rules(record);
        certaintyBased = rules.certaintyBased();
        certainty = state.certainty().map(Enum::name).orElse("");
        interactive = rules.mode() == org.sala.engine.attempt.Mode.INTERACTIVE;
        finished = state.finished();
        triesLeft = Attempts.triesLeft(rules, state);
        hint = record.attempt().questions().stream().filter(question -> question.id().equals(getQuestion().id())).findFirst()
                .flatMap(question -> Attempts.hint(rules, question, state)).orElse("");
        verdict = state.checked().map(grade -> grade.correctness().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).orElse("");
        feedback = state.checked().map(grade -> grade.feedback()).orElse("");
        Optional<Duration> left = Attempts.timeLeft(record.attempt(), rules, clock.instant());
        timeLeft = left.map(duration -> String.format("%d:%02d", duration.toMinutes(), duration.toSecondsPart())).orElse("");
        secondsLeft = left.map(Duration::toSeconds).orElse(-1L);
    }

    /** Saves the current answer; true when it was saved (or there is nothing to save: the question is finished). */
    private boolean saveAnswer() {
        return finished || send(false);
    }

    /**
     * Sends the current answer to be saved (and, when {@code check}, checked as one try) in one call; true when
     * the answer was saved. Every message the learner reads about it is added here.
     */
    private boolean send(boolean check) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle messages = Pages.messages();
        try {
            Response response = answers.response(getQuestion());
            Optional<Certainty> stated = certainty == null || certainty.isBlank() ? Optional.empty() : Optional.of(Certainty.valueOf(certainty));
            String learner = currentUser.username().orElseThrow();
            UUID id = UUID.fromString(attemptId);
            AttemptService.Saved saved;
            Optional<org.sala.engine.attempt.Refusal> checkRefused = Optional.empty();
            if (check) {
                AttemptService.Checked checked = flow.check(learner, id, getQuestion().id(), response, sequence, stated);
                saved = checked.save();
                checkRefused = checked.checkRefused();
            } else {
                saved = flow.save(learner, id, getQuestion().id(), response, sequence, stated);
            }
            if (!saved.isSaved()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Pages.refusal(saved.refusal().orElseThrow()), null));
                return false;
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.getString("attempt.saved"), null));
            show(saved.attempt());
            checkRefused.ifPresent(refusal -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Pages.refusal(refusal), null)));
            return true;
        } catch (IllegalArgumentException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return false;
        } catch (org.sala.web.quiz.UnknownContentException notTheirs) {
            throw notTheirs; // another learner's attempt, or none: 404, see ClientMistakes
        } catch (RuntimeException e) {
            // The database could not take it (down, overloaded): say so, and answer 503 so that a script retries.
            LOG.log(java.util.logging.Level.WARNING, "an answer could not be saved", e);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.getString("attempt.notSaved"), null));
            faces.getExternalContext().setResponseStatus(503);
            return false;
        }
    }

    public void save() {
        saveAnswer();
    }

    /** Practice: saves the answer and checks it (one try). */
    public void check() {
        send(true);
    }

    /** Saves the answer, then flags the question for review before submitting, or takes the flag off. */
    public void toggleFlag() {
        if (!saveAnswer()) {
            return;
        }
        String questionId = getQuestion().id();
        flags = flow.flag(currentUser.username().orElseThrow(), UUID.fromString(attemptId), questionId, !flags.contains(questionId));
    }

    public boolean isFlagged() {
        return flags.contains(getQuestion().id());
    }

    public boolean isCertaintyBased() {
        return certaintyBased;
    }

    /** The learner's stated certainty: LOW, MEDIUM, HIGH, or empty (counted as LOW). */
    public String getCertainty() {
        return certainty;
    }

    public void setCertainty(String certainty) {
        this.certainty = certainty;
    }

    /**
     * Practice: after a wrong or partly right check, the hint for that try (the engine's rule, {@code Attempts.hint});
     * empty otherwise.
     */
    public String getHint() {
        return hint;
    }

    public boolean isInteractive() {
        return interactive;
    }

    /** The last check's verdict (correct, partially-correct, incorrect), empty before the first check. */
    public String getVerdict() {
        return verdict;
    }

    public String getFeedback() {
        return feedback;
    }

    public int getTriesLeft() {
        return triesLeft;
    }

    public boolean isFinished() {
        return finished;
    }

    public String next() {
        return saveAnswer() ? go(Math.min(number + 1, questionIds.size())) : null;
    }

    public String previous() {
        return saveAnswer() ? go(Math.max(number - 1, 1)) : null;
    }

    public String finish() {
        return saveAnswer() ? "summary?faces-redirect=true&attempt=" + attemptId + "&q=" + number : null;
    }

    private String go(int target) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "attempt?faces-redirect=true&attempt=" + attemptId + "&q=" + target;
    }

    /**
     * The panel of links to every question, as HTML made here in one pass: thirty links with their hidden words
     * for screen readers were thirty times six components to build and render on every page. Every text put in
     * is escaped ({@link AnswerText#escape}); the attempt id is a UUID and numbers are numbers.
     */
    public String getPanelHtml() {
        ResourceBundle messages = Pages.messages();
        String answeredWords = AnswerText.escape(" " + messages.getString("attempt.step.answered"));
        String notAnsweredWords = AnswerText.escape(" " + messages.getString("attempt.step.notAnswered"));
        String flaggedWords = AnswerText.escape(" " + messages.getString("attempt.step.flagged"));
        String link = AnswerText.escape(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/attempt.xhtml?attempt=" + attemptId + "&q=");
        var html = new StringBuilder(questionIds.size() * 200);
        for (Step step : getSteps()) {
            html.append("<a href=\"").append(link).append(step.number()).append("\" class=\"step")
                    .append(step.answered() ? " answered" : "").append(step.flagged() ? " flagged" : "").append(step.current() ? " current" : "")
                    .append("\" aria-current=\"").append(step.current() ? "step" : "false").append("\">").append(step.number())
                    .append("<span class=\"visually-hidden\">").append(step.answered() ? answeredWords : notAnsweredWords).append("</span>");
            if (step.flagged()) {
                html.append("<span class=\"flag-mark\" aria-hidden=\"true\"> &#x2691;</span><span class=\"visually-hidden\">")
                        .append(flaggedWords).append("</span>");
            }
            html.append("</a>");
        }
        return html.toString();
    }

    public List<Step> getSteps() {
        var steps = new ArrayList<Step>();
        for (int i = 0; i < questionIds.size(); i++) {
            steps.add(new Step(i + 1, answered.get(i), flags.contains(questionIds.get(i)), i + 1 == number));
        }
        return steps;
    }


    /** The question shown; null before {@link #load()} (a view rebuilt for a post whose view state is gone). */
    public QuestionView getQuestion() {
        return question;
    }

    public boolean isFirst() {
        return number == 1;
    }

    public boolean isLast() {
        return number == questionIds.size();
    }

    public String getTitle() {
        return title;
    }

    public String getTimeLeft() {
        return timeLeft;
    }

    /** Seconds to the deadline as the server counts them when the page is made; -1 without a deadline. */
    public long getSecondsLeft() {
        return secondsLeft;
    }

    /**
     * The number the next save of this question carries. The page holds it in a hidden field, which its
     * script moves on as it saves through {@link AnswerEndpoint}, so that a button pressed after such saves
     * is not refused as stale.
     */
    public long getSequence() {
        return sequence;
    }

    public void setSequence(long sequence) {
        this.sequence = sequence;
    }

    /** The token the page's script shows {@link AnswerEndpoint} that its saves come from this page of this site. */
    public String getToken() {
        return accounts.requestTokens().issue(currentUser.username().orElseThrow(), AnswerEndpoint.purpose(UUID.fromString(attemptId)));
    }

    public AnswerForm getAnswers() {
        return answers;
    }

    public String getAttemptId() {
        return attemptId;
    }

    public void setAttemptId(String attemptId) {
        this.attemptId = attemptId;
    }

    /** The {@code q} parameter as given (a question number, 1 to the attempt's count), checked by {@link #load()}. */
    public String getQ() {
        return requestedNumber;
    }

    public void setQ(String q) {
        this.requestedNumber = q;
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }
}

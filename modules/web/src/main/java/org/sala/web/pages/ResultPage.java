package org.sala.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.sala.engine.attempt.ReviewItem;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.Question;
import org.sala.engine.scoring.Score;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.persistence.attempt.GradedAttempt;
import org.sala.web.account.CurrentUser;
import org.sala.web.content.MarkdownRenderer;
import org.sala.web.quiz.ResultService;

/**
 * The result of a stored attempt: score and, per question, the learner's answer, the right one, the
 * feedback and the lesson section that teaches it, each shown as the quiz's review options allow now.
 * Parameter {@code attempt}. One call to {@link ResultService#result}; this bean only words it.
 */
@Named
@RequestScoped
public class ResultPage {

    /**
     * One graded question as the result page shows it. A cloze question also comes as its sentence with the
     * learner's gaps, and the right ones, marked ({@code answerHtml}, {@code rightHtml}: escaped HTML).
     */
    public record Row(int number, String promptHtml, String correctness, String score, String answer,
                      String rightAnswer, String feedback, String generalFeedback, String answerHtml, String rightHtml) {

        /** The id of the question's card, which the table links to. */
        public String cardId() {
            return "q-" + number;
        }
    }

    @Inject
    ResultService results;

    @Inject
    CurrentUser currentUser;

    @Inject
    org.sala.web.account.AccessService access;

    private String attemptId;
    private ResultService.Result result;
    private List<Row> rows = List.of();

    /** Whether an instructor is looking at another's attempt (they see everything; the page says whose it is). */
    public boolean isInstructorView() {
        return result != null && !currentUser.username().orElse("").equals(result.attempt().learner());
    }

    public String getLearner() {
        return result == null ? "" : result.attempt().learner();
    }

    public String getPackId() {
        return result == null ? "" : result.attempt().packId();
    }

    public void load() {
        result = Pages.parseId(attemptId)
                .flatMap(id -> results.result(currentUser.username().orElse(""),
                        packId -> currentUser.isStaff() && access.mayEdit(currentUser.username().orElse(""), currentUser.isAdmin(), packId), id))
                .orElse(null);
        if (result == null) {
            Pages.notFound();
            return;
        }
        var text = new AnswerText(Pages.messages());
        rows = result.questions().stream().map(question -> row(question, text)).toList();
    }

    private static Row row(ResultService.GradedQuestion graded, AnswerText text) {
        var grade = graded.grade();
        String score = grade.score().earned().toPlainString() + " / " + grade.score().possible().toPlainString();
        String correctness = grade.correctness().name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (graded.asked().isEmpty()) {
            return new Row(graded.number(), grade.questionId(), correctness, score, "", "", "", "", null, null);
        }
        Question question = graded.asked().get();
        ClozeQuestion cloze = question instanceof ClozeQuestion gaps ? gaps : null;
        return new Row(graded.number(), MarkdownRenderer.render(question.prompt()), correctness, score,
                text.response(question, grade.response()), text.right(question), graded.feedback(), question.generalFeedback(),
                cloze == null ? null : text.clozeSentence(cloze, grade.response()),
                cloze == null ? null : text.clozeRightSentence(cloze));
    }

    public boolean isShown(String item) {
        return result.shows(ReviewItem.valueOf(item));
    }

    /** True or false against the quiz's pass mark; null when the quiz has none. */
    public Boolean getPassed() {
        return result.passed().orElse(null);
    }

    public String getPassMark() {
        return result.quiz().map(quiz -> quiz.rules().passMark().stripTrailingZeros().toPlainString()).orElse("");
    }

    public ResultService.Counts getCounts() {
        return result.counts();
    }

    /** Hours, minutes and seconds from start to submission; empty when the start is not known. */
    public String getTimeTaken() {
        return result.timeTaken().map(duration -> MessageFormat.format(Pages.messages().getString("result.timeTakenValue"),
                duration.toHours(), duration.toMinutesPart(), duration.toSecondsPart())).orElse("");
    }

    /**
     * Each question graded again after it was corrected, as a sentence ("Regraded on 3 December 2026, 10:00
     * UTC: question 4 now has 1 of 1 marks (before: 0)."), oldest first.
     */
    public List<String> getRegrades() {
        var messages = Pages.messages();
        TimeFormat times = TimeFormat.current();
        return result.regrades().stream().map(regrade -> MessageFormat.format(messages.getString("result.regraded"),
                times.dateTime(regrade.at()), number(regrade.questionId()), regrade.after().earned().toPlainString(),
                regrade.after().possible().toPlainString(), regrade.before().earned().toPlainString())).toList();
    }

    /** The question's number in this attempt; its id when the attempt no longer holds it. */
    private String number(String questionId) {
        return result.questions().stream().filter(question -> question.grade().questionId().equals(questionId))
                .map(question -> String.valueOf(question.number())).findFirst().orElse(questionId);
    }

    /** The sections teaching the questions not fully right, each once, in the order the questions came. */
    public List<ResultService.ToReview> getToReview() {
        return result.toReview();
    }

    public Score getTotal() {
        return result.attempt().grade().total();
    }

    public String getPercent() {
        return getTotal().percent(0).toPlainString();
    }

    public String getAttemptId() {
        return attemptId;
    }

    public void setAttemptId(String attemptId) {
        this.attemptId = attemptId;
    }

    public GradedAttempt getAttempt() {
        return result.attempt();
    }

    public Pack getPack() {
        return result.pack().orElse(null);
    }

    public Quiz getQuiz() {
        return result.quiz().orElse(null);
    }

    public List<Row> getRows() {
        return rows;
    }
}

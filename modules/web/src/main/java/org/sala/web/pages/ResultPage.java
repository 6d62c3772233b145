package org.sala.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sala.engine.attempt.ReviewItem;
import org.sala.engine.attempt.ReviewTime;
import org.sala.engine.question.Question;
import org.sala.engine.scoring.Grader;
import org.sala.engine.scoring.QuestionGrade;
import org.sala.engine.scoring.Score;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.pack.model.PackQuestion;
import org.sala.persistence.attempt.GradedAttempt;
import org.sala.web.content.MarkdownRenderer;
import org.sala.web.account.CurrentUser;
import org.sala.web.content.PackCatalog;
import org.sala.web.quiz.AttemptService;

/**
 * The result of a stored attempt: score and, per question, the learner's answer, the right one, the
 * feedback and the lesson section that teaches it. Parameter {@code attempt}.
 */
@Named
@RequestScoped
public class ResultPage {

    /**
     * One graded question as the result page shows it. A cloze question also comes as its sentence with the
     * learner's gaps, and the right ones, marked ({@code answerHtml}, {@code rightHtml}: escaped HTML).
     */
    public record Row(int number, String promptHtml, String correctness, String score, String answer,
                      String rightAnswer, String feedback, String generalFeedback, String lessonId, String anchor,
                      String answerHtml, String rightHtml) {

        /** The id of the question's card, which the table links to. */
        public String cardId() {
            return "q-" + number;
        }
    }

    /** How many questions were right, partly right, wrong and not answered. */
    public record Counts(int right, int partlyRight, int wrong, int unanswered) {
    }

    /** A lesson section that teaches a question the learner missed, listed once however many it teaches. */
    public record ToReview(String lessonId, String anchor, String title) {
    }

    @Inject
    PackCatalog catalog;

    @Inject
    AttemptService attempts;

    @Inject
    CurrentUser currentUser;

    private String attemptId;
    private GradedAttempt attempt;
    private Pack pack;
    private Quiz quiz;
    private final List<Row> rows = new ArrayList<>();
    @Inject
    java.time.Clock clock;
    private java.util.Set<ReviewItem> visible;
    private Optional<java.time.Duration> timeTaken = Optional.empty();

    public void load() {
        attempt = Pages.parseId(attemptId).flatMap(attempts::find)
                // A learner sees only their own attempts; to anyone else another's attempt does not exist.
                .filter(found -> currentUser.isStaff() || currentUser.username().filter(name -> name.equals(found.learner())).isPresent())
                .orElse(null);
        if (attempt == null) {
            Pages.notFound();
            return;
        }
        pack = catalog.pack(attempt.packId()).orElse(null);
        quiz = pack == null ? null : pack.quiz(attempt.quizId()).orElse(null);
        var text = new AnswerText(Pages.messages());
        int number = 0;
        for (QuestionGrade grade : attempt.grade().questions()) {
            rows.add(row(++number, grade, pack == null ? Optional.empty() : pack.question(grade.questionId()), text));
        }
        timeTaken = attempts.startedAt(attempt.id()).map(started -> java.time.Duration.between(started, attempt.submittedAt()));
    }

    /**
     * One question of the result. The stored response is graded again against the pack's question to give
     * its feedback: grading is a pure function, and feedback belongs to the pack, not to the attempt.
     */
    private static Row row(int number, QuestionGrade grade, Optional<PackQuestion> authored, AnswerText text) {
        String score = grade.score().earned().toPlainString() + " / " + grade.score().possible().toPlainString();
        String correctness = grade.correctness().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (authored.isEmpty()) {
            return new Row(number, grade.questionId(), correctness, score, "", "", "", "", null, null, null, null);
        }
        Question question = authored.get().question();
        String feedback = "";
        try {
            feedback = Grader.grade(question, grade.response()).feedback();
        } catch (IllegalArgumentException changedSince) {
            // The pack changed since the attempt; its marks stand, its feedback is gone.
        }
        var section = authored.get().taughtIn();
        var cloze = question instanceof org.sala.engine.question.ClozeQuestion gaps ? gaps : null;
        return new Row(number, MarkdownRenderer.render(question.prompt()), correctness, score, text.response(question, grade.response()),
                text.right(question), feedback, question.generalFeedback(),
                section.map(ref -> ref.lessonId()).orElse(null), section.map(ref -> ref.anchor()).orElse(null),
                cloze == null ? null : text.clozeSentence(cloze, grade.response()),
                cloze == null ? null : text.clozeRightSentence(cloze));
    }


    /** What the quiz's review options let the learner see now, from when the attempt was submitted. */
    private java.util.Set<ReviewItem> visible() {
        if (visible == null) {
            visible = quiz == null ? java.util.Set.of() : quiz.rules().review().at(reviewTime(quiz, attempt, clock.instant()));
        }
        return visible;
    }

    /** The engine's review time for a stored attempt: from when it was submitted. */
    static ReviewTime reviewTime(Quiz quiz, GradedAttempt attempt, java.time.Instant now) {
        return org.sala.engine.attempt.Attempts.reviewTimeAfter(attempt.submittedAt(), quiz.rules(), now);
    }

    public boolean isShown(String item) {
        return visible().contains(ReviewItem.valueOf(item));
    }

    /** True or false against the quiz's pass mark; null when the quiz has none. */
    public Boolean getPassed() {
        return quiz == null ? null : org.sala.engine.attempt.Attempts.passed(quiz.rules(), getTotal()).orElse(null);
    }

    public String getPassMark() {
        return quiz == null ? "" : quiz.rules().passMark().stripTrailingZeros().toPlainString();
    }

    public Counts getCounts() {
        int right = 0;
        int partly = 0;
        int wrong = 0;
        int unanswered = 0;
        for (QuestionGrade grade : attempt.grade().questions()) {
            switch (grade.correctness()) {
                case CORRECT -> right++;
                case PARTIALLY_CORRECT -> partly++;
                case INCORRECT -> wrong++;
                case UNANSWERED -> unanswered++;
            }
        }
        return new Counts(right, partly, wrong, unanswered);
    }

    /** Minutes and seconds from start to submission; empty when the start is not known. */
    public String getTimeTaken() {
        return timeTaken.map(duration -> java.text.MessageFormat.format(Pages.messages().getString("result.timeTakenValue"),
                duration.toHours(), duration.toMinutesPart(), duration.toSecondsPart())).orElse("");
    }

    /** The sections teaching the questions not fully right, each once, in the order the questions came. */
    public List<ToReview> getToReview() {
        var seen = new java.util.LinkedHashMap<String, ToReview>();
        for (Row row : rows) {
            if (row.lessonId() != null && !row.correctness().equals("correct")) {
                String title = pack.lesson(row.lessonId()).flatMap(lesson -> lesson.section(row.anchor()))
                        .map(org.sala.pack.model.Section::title)
                        .orElseGet(() -> pack.lesson(row.lessonId()).map(org.sala.pack.model.Lesson::title).orElse(row.lessonId()));
                seen.putIfAbsent(row.lessonId() + "#" + row.anchor(), new ToReview(row.lessonId(), row.anchor(), title));
            }
        }
        return List.copyOf(seen.values());
    }

    public Score getTotal() {
        return attempt.grade().total();
    }

    public String getPercent() {
        return attempt.grade().total().percent(0).toPlainString();
    }

    public String getAttemptId() {
        return attemptId;
    }

    public void setAttemptId(String attemptId) {
        this.attemptId = attemptId;
    }

    public GradedAttempt getAttempt() {
        return attempt;
    }

    public Pack getPack() {
        return pack;
    }

    public Quiz getQuiz() {
        return quiz;
    }

    public List<Row> getRows() {
        return rows;
    }
}

package org.sala.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sala.engine.question.Choice;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.response.Response;
import org.sala.engine.scoring.QuestionGrade;
import org.sala.engine.scoring.Score;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.pack.model.PackQuestion;
import org.sala.persistence.attempt.GradedAttempt;
import org.sala.web.content.MarkdownRenderer;
import org.sala.web.content.PackCatalog;
import org.sala.web.quiz.AttemptService;

/**
 * The result of a stored attempt: score and, per question, the learner's answer, the right one, the
 * feedback and the lesson section that teaches it. Parameter {@code attempt}.
 */
@Named
@RequestScoped
public class ResultPage {

    /** One graded question as the result page shows it. */
    public record Row(int number, String promptHtml, String correctness, String score, String answer,
                      String rightAnswer, String feedback, String generalFeedback, String lessonId, String anchor) {
    }

    @Inject
    PackCatalog catalog;

    @Inject
    AttemptService attempts;

    private String attemptId;
    private GradedAttempt attempt;
    private Pack pack;
    private Quiz quiz;
    private final List<Row> rows = new ArrayList<>();

    public void load() {
        attempt = parse(attemptId).flatMap(attempts::find).orElse(null);
        if (attempt == null) {
            Pages.notFound();
            return;
        }
        pack = catalog.pack(attempt.packId()).orElse(null);
        quiz = pack == null ? null : pack.quiz(attempt.quizId()).orElse(null);
        int number = 0;
        for (QuestionGrade grade : attempt.grade().questions()) {
            rows.add(row(++number, grade, quiz == null ? Optional.empty() : quiz.question(grade.questionId())));
        }
    }

    private static Row row(int number, QuestionGrade grade, Optional<PackQuestion> authored) {
        String score = grade.score().earned().toPlainString() + " / " + grade.score().possible().toPlainString();
        String correctness = grade.correctness().name().toLowerCase().replace('_', '-');
        if (authored.isEmpty() || !(authored.get().question() instanceof SingleChoiceQuestion question)) {
            return new Row(number, grade.questionId(), correctness, score, "", "", "", "", null, null);
        }
        Optional<Choice> chosen = grade.response() instanceof Response.SelectedChoice selected
                ? question.choice(selected.choiceId()) : Optional.empty();
        String right = String.join("; ", question.choices().stream().filter(Choice::isFullCredit).map(Choice::text).toList());
        var section = authored.get().taughtIn();
        return new Row(number, MarkdownRenderer.render(question.prompt()), correctness, score,
                chosen.map(Choice::text).orElse(""), right, chosen.map(Choice::feedback).orElse(""), question.generalFeedback(),
                section.map(ref -> ref.lessonId()).orElse(null), section.map(ref -> ref.anchor()).orElse(null));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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

package org.sala.persistence.attempt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sala.engine.response.Response;
import org.sala.engine.scoring.Correctness;
import org.sala.engine.scoring.QuestionGrade;
import org.sala.engine.scoring.QuizGrade;
import org.sala.engine.scoring.Score;

/** Sample attempts for the persistence tests. */
final class Attempts {

    private Attempts() {
    }

    /** Three questions: right, half right, unanswered; 2.5 of 4. */
    static GradedAttempt sample(String quizId) {
        QuizGrade grade = QuizGrade.of(List.of(
                new QuestionGrade("entry", new Response.SelectedChoice("b"), Score.of("1", "1"), Correctness.CORRECT, "Right."),
                new QuestionGrade("wto", new Response.Text("1,5 km"), Score.of("1.5", "3"), Correctness.PARTIALLY_CORRECT, ""),
                new QuestionGrade("adb", Response.UNANSWERED, Score.of("0", "0.0"), Correctness.UNANSWERED, "")));
        return new GradedAttempt(UUID.randomUUID(), "learner", "cambodian-foreign-policy", "0.1.0", quizId,
                Instant.parse("2026-11-28T07:15:30.123456789Z"), grade);
    }

    /** One question answered with a negatively marked option: -0.5 of 2, and marks to seven places. */
    static GradedAttempt negative(String quizId) {
        QuizGrade grade = QuizGrade.of(List.of(
                new QuestionGrade("trap", new Response.SelectedChoice("d"), Score.of("-0.5", "2"), Correctness.INCORRECT, ""),
                new QuestionGrade("thirds", new Response.Sequence(List.of("b", "a", "c")), Score.of("0.3333333", "1"),
                        Correctness.PARTIALLY_CORRECT, "")));
        return new GradedAttempt(UUID.randomUUID(), "learner", "cambodian-foreign-policy", "0.1.0", quizId,
                Instant.parse("2026-11-28T07:15:30Z"), grade);
    }

    /** What a stored attempt reads back as: feedback is not stored. */
    static GradedAttempt withoutFeedback(GradedAttempt attempt) {
        var questions = attempt.grade().questions().stream()
                .map(q -> new QuestionGrade(q.questionId(), q.response(), q.score(), q.correctness(), ""))
                .toList();
        return new GradedAttempt(attempt.id(), attempt.learner(), attempt.packId(), attempt.packVersion(), attempt.quizId(),
                attempt.submittedAt(), QuizGrade.of(questions));
    }
}

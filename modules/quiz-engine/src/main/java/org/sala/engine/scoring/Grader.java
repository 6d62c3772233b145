package org.sala.engine.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sala.engine.question.Choice;
import org.sala.engine.question.Question;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.response.Response;

/**
 * Grades responses. Every method is a pure function of its arguments: the same question and response
 * always give the same grade.
 */
public final class Grader {

    private Grader() {
    }

    /**
     * Grades one response.
     *
     * @throws IllegalArgumentException if the response does not fit the question (an option it does not
     *                                  have, or a response of another question type)
     */
    public static QuestionGrade grade(Question question, Response response) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(response, "response");
        return switch (question) {
            case SingleChoiceQuestion single -> gradeSingleChoice(single, response);
        };
    }

    /**
     * Grades a quiz: every question in order, with {@link Response#UNANSWERED} for those the learner left
     * out.
     *
     * @throws IllegalArgumentException if a response names a question that is not in the quiz
     */
    public static QuizGrade grade(List<? extends Question> questions, Map<String, ? extends Response> responses) {
        var ids = new HashSet<String>();
        questions.forEach(question -> ids.add(question.id()));
        for (String answered : responses.keySet()) {
            if (!ids.contains(answered)) {
                throw new IllegalArgumentException("a response names question '" + answered + "', which is not in the quiz");
            }
        }
        var grades = new ArrayList<QuestionGrade>(questions.size());
        for (Question question : questions) {
            Response response = responses.get(question.id());
            grades.add(grade(question, response == null ? Response.UNANSWERED : response));
        }
        return QuizGrade.of(grades);
    }

    private static QuestionGrade gradeSingleChoice(SingleChoiceQuestion question, Response response) {
        return switch (response) {
            case Response.Unanswered unanswered -> new QuestionGrade(question.id(), response,
                    new Score(BigDecimal.ZERO, question.points()), Correctness.UNANSWERED, "");
            case Response.SelectedChoice selected -> {
                Choice choice = question.choice(selected.choiceId()).orElseThrow(() -> new IllegalArgumentException(
                        "question '" + question.id() + "' has no option '" + selected.choiceId() + "'"));
                Score score = new Score(question.points().multiply(choice.credit()), question.points());
                yield new QuestionGrade(question.id(), response, score, Correctness.of(response, score), choice.feedback());
            }
        };
    }
}

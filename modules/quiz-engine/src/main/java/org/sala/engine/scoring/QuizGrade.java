package org.sala.engine.scoring;

import java.util.HashSet;
import java.util.List;

/**
 * The grades of every question of a quiz, in quiz order, and their total. The total is always the sum
 * of the parts: it is computed here, never passed in.
 */
public record QuizGrade(List<QuestionGrade> questions, Score total) {

    public QuizGrade {
        questions = List.copyOf(questions);
        var ids = new HashSet<String>();
        Score sum = Score.NONE;
        for (QuestionGrade grade : questions) {
            if (!ids.add(grade.questionId())) {
                throw new IllegalArgumentException("question '" + grade.questionId() + "' is graded twice");
            }
            sum = sum.plus(grade.score());
        }
        if (total != null && !total.equals(sum)) {
            throw new IllegalArgumentException("total " + total + " is not the sum of the questions' scores " + sum);
        }
        total = sum;
    }

    public static QuizGrade of(List<QuestionGrade> questions) {
        return new QuizGrade(questions, null);
    }
}

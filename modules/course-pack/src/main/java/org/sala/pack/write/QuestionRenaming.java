package org.sala.pack.write;

import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.MatchingQuestion;
import org.sala.engine.question.MultipleChoiceQuestion;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.model.PackQuestion;

/** Gives a question another id, everything else unchanged (an import whose ids the pack already uses). */
public final class QuestionRenaming {

    private QuestionRenaming() {
    }

    public static PackQuestion withId(PackQuestion question, String id) {
        return new PackQuestion(withId(question.question(), id), question.difficulty(), question.tags(), question.sections(), question.fact());
    }

    public static Question withId(Question question, String id) {
        QuestionBasics old = question.basics();
        var basics = new QuestionBasics(id, old.prompt(), old.points(), old.generalFeedback(), old.hints());
        return switch (question) {
            case SingleChoiceQuestion q -> new SingleChoiceQuestion(basics, q.choices(), q.shuffle());
            case MultipleChoiceQuestion q -> new MultipleChoiceQuestion(basics, q.choices(), q.scoring(), q.shuffle());
            case TrueFalseQuestion q -> new TrueFalseQuestion(basics, q.answer(), q.feedbackTrue(), q.feedbackFalse());
            case ShortAnswerQuestion q -> new ShortAnswerQuestion(basics, q.answers(), q.matching());
            case NumericQuestion q -> new NumericQuestion(basics, q.answers(), q.units(), q.unitRequired(), q.unitPenalty());
            case MatchingQuestion q -> new MatchingQuestion(basics, q.pairs(), q.distractors(), q.shuffle(), q.feedback());
            case OrderingQuestion q -> new OrderingQuestion(basics, q.items(), q.scoring(), q.feedback());
            case ClozeQuestion q -> new ClozeQuestion(basics, q.text(), q.gaps());
        };
    }
}

package org.sala.persistence.attempt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.UUID;
import org.sala.engine.response.Response;
import org.sala.engine.scoring.QuestionGrade;
import org.sala.engine.scoring.QuizGrade;
import org.sala.engine.scoring.Score;

/**
 * Maps a {@link GradedAttempt} to its rows and back; the round trip gives an equal attempt. Feedback is
 * not stored: it belongs to the pack and is looked up there when the attempt is shown.
 */
final class AttemptMapper {

    private AttemptMapper() {
    }

    static AttemptEntity toEntity(GradedAttempt attempt) {
        Score total = attempt.grade().total();
        var entity = new AttemptEntity(attempt.id().toString(), attempt.learner(), attempt.packId(), attempt.packVersion(),
                attempt.quizId(), attempt.submittedAt(), total.earned(), total.possible());
        int order = 0;
        for (QuestionGrade question : attempt.grade().questions()) {
            entity.addResponse(new ResponseEntity(UUID.randomUUID().toString(), entity, order++, question.questionId(),
                    ResponseCodec.encode(question.response()),
                    question.score().earned(), question.score().possible(), question.correctness()));
        }
        return entity;
    }

    static GradedAttempt toAttempt(AttemptEntity entity) {
        var questions = new ArrayList<QuestionGrade>();
        var rows = new ArrayList<>(entity.responses());
        rows.sort(Comparator.comparingInt(ResponseEntity::questionOrder));
        for (ResponseEntity row : rows) {
            Response response = ResponseCodec.decode(row.response());
            questions.add(new QuestionGrade(row.questionId(), response, new Score(row.earned(), row.possible()),
                    row.correctness(), ""));
        }
        QuizGrade grade = QuizGrade.of(questions);
        if (!grade.total().equals(new Score(entity.earned(), entity.possible()))) {
            throw new IllegalStateException("attempt " + entity.id() + " stores a total of " + entity.earned() + "/"
                    + entity.possible() + " that is not the sum of its responses " + grade.total());
        }
        return new GradedAttempt(UUID.fromString(entity.id()), entity.learner(), entity.packId(), entity.packVersion(),
                entity.quizId(), entity.submittedAt(), grade);
    }
}

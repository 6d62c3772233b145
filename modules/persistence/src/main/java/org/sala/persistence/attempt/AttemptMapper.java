package org.sala.persistence.attempt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sala.engine.attempt.Attempt;
import org.sala.engine.attempt.AttemptResult;
import org.sala.engine.attempt.AttemptState;
import org.sala.engine.attempt.QuestionState;
import org.sala.engine.question.Question;
import org.sala.engine.scoring.QuestionGrade;
import org.sala.engine.scoring.QuizGrade;
import org.sala.engine.scoring.Score;

/**
 * Maps attempts to their rows and back; every round trip gives an equal attempt. Two views of the same
 * rows: {@link AttemptRecord}, the whole engine attempt with its per-question state, and
 * {@link GradedAttempt}, a submitted attempt's grade, with the feedback the learner was shown.
 */
final class AttemptMapper {

    private AttemptMapper() {
    }

    // ---- graded attempts ----

    static AttemptEntity toEntity(GradedAttempt attempt) {
        var entity = new AttemptEntity(attempt.id().toString(), attempt.learner(), attempt.packId(), attempt.packVersion(),
                attempt.quizId(), 1, 0, attempt.submittedAt());
        Score total = attempt.grade().total();
        entity.setState(AttemptState.SUBMITTED, attempt.submittedAt(), AttemptResult.FinishedBy.LEARNER, total.earned(),
                total.possible(), null);
        int order = 0;
        for (QuestionGrade question : attempt.grade().questions()) {
            var row = new ResponseEntity(UUID.randomUUID().toString(), entity, order++, question.questionId());
            row.setSaved(ResponseCodec.encode(question.response()), 0, null, null);
            row.setGrade(question.score().earned(), question.score().possible(), question.correctness(), question.feedback());
            entity.addResponse(row);
        }
        return entity;
    }

    static GradedAttempt toGradedAttempt(AttemptEntity entity) {
        if (entity.state() != AttemptState.SUBMITTED) {
            throw new IllegalStateException("attempt " + entity.id() + " is " + entity.state() + ", not graded yet");
        }
        return new GradedAttempt(UUID.fromString(entity.id()), entity.learner(), entity.packId(), entity.packVersion(),
                entity.quizId(), entity.submittedAt(), grade(entity));
    }

    private static QuizGrade grade(AttemptEntity entity) {
        var questions = new ArrayList<QuestionGrade>();
        for (ResponseEntity row : ordered(entity)) {
            questions.add(new QuestionGrade(row.questionId(), ResponseCodec.decode(row.response()), new Score(row.earned(), row.possible()),
                    row.correctness(), row.feedback()));
        }
        QuizGrade grade = QuizGrade.of(questions);
        if (!grade.total().equals(new Score(entity.earned(), entity.possible()))) {
            throw new IllegalStateException("attempt " + entity.id() + " stores a total of " + entity.earned() + "/"
                    + entity.possible() + " that is not the sum of its responses " + grade.total());
        }
        return grade;
    }

    // ---- attempts with their state ----

    /** A new attempt's rows; each question row names the version of the question it holds ({@code versions}, by question id). */
    static AttemptEntity toEntity(AttemptRecord record, Map<String, String> versions) {
        Attempt attempt = record.attempt();
        var entity = new AttemptEntity(record.id().toString(), record.learner(), record.packId(), record.packVersion(), record.quizId(),
                attempt.number(), record.seed(), attempt.startedAt());
        int order = 0;
        for (Question question : attempt.questions()) {
            var row = new ResponseEntity(UUID.randomUUID().toString(), entity, order++, question.id());
            row.setQuestionVersion(versions.get(question.id()));
            entity.addResponse(row);
        }
        apply(record, entity);
        return entity;
    }

    /** Writes the record's state onto its (managed) rows. */
    static void apply(AttemptRecord record, AttemptEntity entity) {
        Attempt attempt = record.attempt();
        Optional<AttemptResult> result = attempt.result();
        Map<String, QuestionGrade> grades = new HashMap<>();
        result.ifPresent(graded -> graded.grade().questions().forEach(grade -> grades.put(grade.questionId(), grade)));
        entity.setState(attempt.state(), result.map(AttemptResult::finishedAt).orElse(null),
                result.map(AttemptResult::finishedBy).orElse(null),
                result.map(graded -> graded.grade().total().earned()).orElse(null),
                result.map(graded -> graded.grade().total().possible()).orElse(null),
                result.flatMap(AttemptResult::certaintyMarks).orElse(null));
        for (ResponseEntity row : entity.responses()) {
            QuestionState state = attempt.state(row.questionId());
            row.setSaved(ResponseCodec.encode(state.response()), state.sequence(), state.savedAt().orElse(null),
                    state.certainty().orElse(null));
            Optional<QuestionGrade> checked = state.checked();
            row.setChecked(state.tries(), state.finished(), checked.map(grade -> ResponseCodec.encode(grade.response())).orElse(null),
                    checked.map(grade -> grade.score().earned()).orElse(null), checked.map(grade -> grade.score().possible()).orElse(null),
                    checked.map(QuestionGrade::correctness).orElse(null), checked.map(QuestionGrade::feedback).orElse(null));
            QuestionGrade grade = grades.get(row.questionId());
            row.setGrade(grade == null ? null : grade.score().earned(), grade == null ? null : grade.score().possible(),
                    grade == null ? null : grade.correctness(), grade == null ? null : grade.feedback());
        }
    }

    /** The versions the attempt's rows name, in question order; empty when a row names none (stored before versions were kept). */
    static Optional<List<String>> versions(AttemptEntity entity) {
        List<String> versions = ordered(entity).stream().map(ResponseEntity::questionVersion).toList();
        return versions.contains(null) ? Optional.empty() : Optional.of(versions);
    }

    /**
     * The attempt with the questions it was assembled from: {@code kept} when the rows name their versions
     * (in question order), else assembled again by {@code source} from the pack and the seed.
     */
    static AttemptRecord toRecord(AttemptEntity entity, QuestionSource source, Optional<List<Question>> kept) {
        List<ResponseEntity> rows = ordered(entity);
        List<Question> questions = kept.orElseGet(() -> source.questions(entity.packId(), entity.packVersion(), entity.quizId(), entity.seed()));
        List<String> stored = rows.stream().map(ResponseEntity::questionId).toList();
        List<String> assembled = questions.stream().map(Question::id).toList();
        if (!stored.equals(assembled) && entity.state() == AttemptState.SUBMITTED) {
            // A submitted attempt keeps its stored marks; after a pack update its own questions are enough.
            List<Question> own = stored.stream().map(id -> source.question(entity.packId(), id)).flatMap(Optional::stream).toList();
            if (own.size() == stored.size()) {
                questions = own;
                assembled = stored;
            }
        }
        if (!stored.equals(assembled)) {
            throw new IllegalStateException("attempt " + entity.id() + " holds questions " + stored + " but the pack now assembles "
                    + assembled + " from its seed; the pack changed since the attempt started");
        }
        var states = new HashMap<String, QuestionState>();
        for (ResponseEntity row : rows) {
            Optional<QuestionGrade> checked = row.checkedCorrectness() == null ? Optional.empty()
                    : Optional.of(new QuestionGrade(row.questionId(), ResponseCodec.decode(row.checkedResponse()),
                    new Score(row.checkedEarned(), row.checkedPossible()), row.checkedCorrectness(), row.checkedFeedback()));
            states.put(row.questionId(), new QuestionState(ResponseCodec.decode(row.response()), row.saveSequence(),
                    Optional.ofNullable(row.savedAt()), Optional.ofNullable(row.certainty()), row.tries(), checked, row.finished()));
        }
        Optional<AttemptResult> result = entity.state() != AttemptState.SUBMITTED ? Optional.empty()
                : Optional.of(new AttemptResult(grade(entity), Optional.ofNullable(entity.certaintyMarks()),
                entity.submittedAt(), entity.finishedBy()));
        var attempt = new Attempt(entity.id(), entity.attemptNumber(), questions, entity.startedAt(), entity.state(), states, result);
        return new AttemptRecord(UUID.fromString(entity.id()), entity.learner(), entity.packId(), entity.packVersion(), entity.quizId(),
                entity.seed(), attempt);
    }

    private static List<ResponseEntity> ordered(AttemptEntity entity) {
        var rows = new ArrayList<>(entity.responses());
        rows.sort(Comparator.comparingInt(ResponseEntity::questionOrder));
        return rows;
    }
}

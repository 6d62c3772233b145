package org.sala.web.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sala.engine.assembly.Assembler;
import org.sala.engine.assembly.Assembly;
import org.sala.engine.response.Response;
import org.sala.engine.scoring.Grader;
import org.sala.engine.scoring.QuizGrade;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.persistence.attempt.GradedAttempt;
import org.sala.persistence.attempt.JpaAttemptRepository;
import org.sala.web.content.PackCatalog;

/** Submitting and reading quiz attempts. The attempt is graded by the engine and stored in one transaction. */
@ApplicationScoped
public class AttemptService {

    private final Clock clock = Clock.systemUTC();

    @Inject
    PackCatalog catalog;

    @Inject
    SalaDatabase database;

    /**
     * The questions of an attempt at {@code quiz}, made from its blueprint and the pack's pool with this
     * seed: the same seed always gives the same questions, order and option order.
     */
    public Assembly assemble(Pack pack, Quiz quiz, long seed) {
        return Assembler.assemble(quiz.blueprint(), pack.pool(), seed, Set.of());
    }

    /**
     * Grades {@code learner}'s responses to the attempt assembled with {@code seed} (questions left out are unanswered)
     * and stores the attempt. The questions are assembled again here from the seed, so a form cannot
     * substitute other questions.
     *
     * @return the id of the stored attempt, returned only after the commit
     * @throws UnknownContentException  if the pack or quiz does not exist
     * @throws IllegalArgumentException if a response names a question, option or part the attempt does not have
     */
    public UUID submit(String learner, String packId, String quizId, long seed, Map<String, Response> responses) {
        Pack pack = catalog.pack(packId).orElseThrow(() -> new UnknownContentException("no pack '" + packId + "'"));
        Quiz quiz = pack.quiz(quizId).orElseThrow(() -> new UnknownContentException("no quiz '" + quizId + "' in pack '" + packId + "'"));
        QuizGrade grade = Grader.grade(assemble(pack, quiz, seed).engineQuestions(), responses, quiz.rules().gradingOptions());
        var attempt = new GradedAttempt(UUID.randomUUID(), learner, pack.id(), pack.info().version(), quiz.id(), clock.instant(), grade);
        database.transaction(entityManager -> {
            new JpaAttemptRepository(entityManager).add(attempt);
            return null;
        });
        return attempt.id();
    }

    public Optional<GradedAttempt> find(UUID attemptId) {
        return database.transaction(entityManager -> new JpaAttemptRepository(entityManager).find(attemptId));
    }

    /** The submitted attempts at a quiz, oldest first: what question statistics are computed from. */
    public java.util.List<GradedAttempt> submitted(String packId, String quizId) {
        return database.transaction(entityManager -> new JpaAttemptRepository(entityManager).findByQuiz(packId, quizId));
    }
}

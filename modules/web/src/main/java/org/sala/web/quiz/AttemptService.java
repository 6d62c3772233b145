package org.sala.web.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
     * Grades the chosen options (question id to option id; questions left out are unanswered) and stores
     * the attempt.
     *
     * @return the id of the stored attempt, returned only after the commit
     * @throws UnknownContentException  if the pack or quiz does not exist
     * @throws IllegalArgumentException if a choice names a question or option the quiz does not have
     */
    public UUID submit(String packId, String quizId, Map<String, String> choices) {
        Pack pack = catalog.pack(packId).orElseThrow(() -> new UnknownContentException("no pack '" + packId + "'"));
        Quiz quiz = pack.quiz(quizId).orElseThrow(() -> new UnknownContentException("no quiz '" + quizId + "' in pack '" + packId + "'"));
        var responses = new HashMap<String, Response>();
        choices.forEach((questionId, choiceId) -> {
            if (choiceId != null && !choiceId.isBlank()) {
                responses.put(questionId, new Response.SelectedChoice(choiceId));
            }
        });
        QuizGrade grade = Grader.grade(quiz.engineQuestions(), responses);
        var attempt = new GradedAttempt(UUID.randomUUID(), null, pack.id(), pack.info().version(), quiz.id(), clock.instant(), grade);
        database.transaction(entityManager -> {
            new JpaAttemptRepository(entityManager).add(attempt);
            return null;
        });
        return attempt.id();
    }

    public Optional<GradedAttempt> find(UUID attemptId) {
        return database.transaction(entityManager -> new JpaAttemptRepository(entityManager).find(attemptId));
    }
}

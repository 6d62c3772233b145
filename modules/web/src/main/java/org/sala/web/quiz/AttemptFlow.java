package org.sala.web.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.sala.engine.attempt.Attempt;
import org.sala.engine.attempt.Attempts;
import org.sala.engine.attempt.Change;
import org.sala.engine.attempt.Mode;
import org.sala.engine.attempt.QuestionState;
import org.sala.engine.attempt.Refusal;
import org.sala.engine.question.Question;
import org.sala.engine.response.Response;
import org.sala.engine.review.Rating;
import org.sala.engine.review.ReviewEvent;
import org.sala.engine.scoring.Certainty;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.Quiz;
import org.sala.persistence.attempt.AttemptRecord;
import org.sala.persistence.attempt.JpaAttemptRepository;
import org.sala.persistence.attempt.QuestionSource;
import org.sala.persistence.study.JpaStudyRepository;
import org.sala.web.content.PackCatalog;
import org.sala.web.database.SalaDatabase;

/**
 * Attempts that live over many requests and survive the server: start (or resume), save one answer, submit.
 * Each call is one transaction: load the attempt, let the engine decide (time, sequence, state), store,
 * commit, and only then report "saved". When two requests change one attempt at the same moment, the
 * database refuses the later commit and the call is retried on the fresh attempt, where the engine then
 * refuses a stale save by its sequence number. A learner reaches only their own attempts.
 */
@ApplicationScoped
public class AttemptFlow {

    private static final Logger LOG = Logger.getLogger(AttemptFlow.class.getName());
    private static final SecureRandom SEEDS = new SecureRandom();
    private static final int RETRIES = 6;

    /** The time every rule is judged by; a test may set another. */
    @Inject
    Clock clock;

    @Inject
    PackCatalog catalog;

    @Inject
    SalaDatabase database;

    @Inject
    AttemptService attempts;

    /** The outcome of saving an answer: saved (after the commit), or refused with the engine's reason. */
    public record Saved(AttemptRecord attempt, Optional<Refusal> refusal) {
        public boolean isSaved() {
            return refusal.isEmpty();
        }
    }

    /** Questions of an attempt, assembled again from its pack and seed. */
    public QuestionSource questions() {
        return new QuestionSource() {
            @Override
            public List<Question> questions(String packId, String packVersion, String quizId, long seed) {
                Pack pack = catalog.pack(packId).orElseThrow(() -> new UnknownContentException("no pack '" + packId + "'"));
                Quiz quiz = pack.quiz(quizId).orElseThrow(() -> new UnknownContentException("no quiz '" + quizId + "'"));
                return attempts.assemble(pack, quiz, seed).engineQuestions();
            }

            @Override
            public Optional<Question> question(String packId, String questionId) {
                return catalog.pack(packId).flatMap(pack -> pack.question(questionId)).map(PackQuestion::question);
            }
        };
    }

    /** The learner's attempts at a quiz, first to last, brought up to date with the clock. */
    public List<AttemptRecord> history(String learner, Pack pack, Quiz quiz) {
        Instant now = clock.instant();
        return database.transaction(entityManager -> new JpaAttemptRepository(entityManager)
                .findByLearnerAndQuiz(learner, pack.id(), quiz.id(), questions()).stream()
                .map(record -> record.with(Attempts.advance(record.attempt(), quiz.rules(), now)))
                .toList());
    }

    /** Why a new attempt cannot start now, if it cannot (an open attempt is resumed instead, see {@link #startOrResume}). */
    public Optional<Refusal> mayStart(String learner, Pack pack, Quiz quiz) {
        List<Attempt> earlier = history(learner, pack, quiz).stream().map(AttemptRecord::attempt).toList();
        return Attempts.mayStart(quiz.rules(), earlier, clock.instant())
                .filter(refusal -> refusal.reason() != Refusal.Reason.ATTEMPT_OPEN);
    }

    /**
     * The learner's open attempt at this quiz, or a new one if the rules allow it.
     *
     * @throws org.sala.engine.attempt.RefusedException with the engine's refusal when no attempt may start
     */
    public AttemptRecord startOrResume(String learner, Pack pack, Quiz quiz) {
        return retried(() -> database.transaction(entityManager -> {
            var repository = new JpaAttemptRepository(entityManager);
            Instant now = clock.instant();
            List<AttemptRecord> stored = repository.findByLearnerAndQuiz(learner, pack.id(), quiz.id(), questions());
            List<AttemptRecord> earlier = stored.stream()
                    .map(record -> record.with(Attempts.advance(record.attempt(), quiz.rules(), now))).toList();
            // Only an attempt the clock has moved on (time ran out) is written back; the others keep their versions.
            for (int i = 0; i < earlier.size(); i++) {
                if (!earlier.get(i).equals(stored.get(i))) {
                    repository.save(earlier.get(i));
                }
            }
            Optional<AttemptRecord> open = earlier.stream().filter(record -> record.attempt().state().isOpen()).findFirst();
            if (open.isPresent()) {
                return open.get();
            }
            long seed = SEEDS.nextLong();
            UUID id = UUID.randomUUID();
            List<Question> questions = attempts.assemble(pack, quiz, seed).engineQuestions();
            Attempt attempt = Attempts.start(id.toString(), quiz.rules(), earlier.stream().map(AttemptRecord::attempt).toList(),
                    questions, now);
            var record = new AttemptRecord(id, learner, pack.id(), pack.info().version(), quiz.id(), seed, attempt);
            repository.save(record);
            return record;
        }));
    }

    /** The learner's attempt, up to date with the clock (an attempt past its grace period is finished and stored so). */
    public Optional<AttemptRecord> find(String learner, UUID attemptId) {
        return retried(() -> database.transaction(entityManager -> current(new JpaAttemptRepository(entityManager), learner, attemptId)));
    }

    /** An attempt as a page shows it: up to date with the clock, with the learner's flags; one transaction. */
    public record Shown(AttemptRecord attempt, Set<String> flags) {
    }

    /** {@link #find} and {@link #flags} in one transaction, for a page that shows both. */
    public Optional<Shown> show(String learner, UUID attemptId) {
        return retried(() -> database.transaction(entityManager -> current(new JpaAttemptRepository(entityManager), learner, attemptId)
                .map(record -> new Shown(record, new JpaStudyRepository(entityManager).flags(attemptId)))));
    }

    private Optional<AttemptRecord> current(JpaAttemptRepository repository, String learner, UUID attemptId) {
        return repository.findRecord(attemptId, questions()).filter(record -> learner.equals(record.learner())).map(record -> {
            Quiz quiz = quiz(record);
            AttemptRecord current = record.with(Attempts.advance(record.attempt(), quiz.rules(), clock.instant()));
            if (!current.equals(record)) {
                repository.save(current);
            }
            return current;
        });
    }

    /** Saves one answer; it counts as saved only when this returns {@link Saved#isSaved()}. */
    public Saved save(String learner, UUID attemptId, String questionId, Response response, long sequence, Optional<Certainty> certainty) {
        return retried(() -> database.transaction(entityManager -> {
            var repository = new JpaAttemptRepository(entityManager);
            AttemptRecord record = owned(repository.findRecord(attemptId, questions()), learner, attemptId);
            Change change = Attempts.save(record.attempt(), quiz(record).rules(), questionId, response, sequence, certainty, clock.instant());
            return store(repository, record, change);
        }));
    }

    /** Interactive mode: checks the saved answer of one question (a try), or says why not. */
    public Saved check(String learner, UUID attemptId, String questionId) {
        return retried(() -> database.transaction(entityManager -> {
            var repository = new JpaAttemptRepository(entityManager);
            AttemptRecord record = owned(repository.findRecord(attemptId, questions()), learner, attemptId);
            Change change = Attempts.check(record.attempt(), quiz(record).rules(), questionId, clock.instant());
            return store(repository, record, change);
        }));
    }

    /** Stores what the engine made of a change (a refused change leaves the attempt as the clock made it). */
    private static Saved store(JpaAttemptRepository repository, AttemptRecord record, Change change) {
        AttemptRecord changed = record.with(change.attempt());
        repository.save(changed);
        return switch (change) {
            case Change.Done done -> new Saved(changed, Optional.empty());
            case Change.Refused refused -> new Saved(changed, Optional.of(refused.refusal()));
        };
    }

    /** Flags a question of the learner's attempt for their own review before submitting, or takes the flag off. */
    public void flag(String learner, UUID attemptId, String questionId, boolean flagged) {
        database.transaction(entityManager -> {
            owned(new JpaAttemptRepository(entityManager).findRecord(attemptId, questions()), learner, attemptId);
            new JpaStudyRepository(entityManager).flag(attemptId, questionId, flagged);
            return null;
        });
    }

    /** The questions flagged in an attempt; call after {@link #find} has shown the attempt is the learner's. */
    public Set<String> flags(UUID attemptId) {
        return database.transaction(entityManager -> new JpaStudyRepository(entityManager).flags(attemptId));
    }

    /** Submits the attempt; submitting again returns the first result. */
    public AttemptRecord submit(String learner, UUID attemptId) {
        return retried(() -> database.transaction(entityManager -> {
            var repository = new JpaAttemptRepository(entityManager);
            AttemptRecord record = owned(repository.findRecord(attemptId, questions()), learner, attemptId);
            Quiz quiz = quiz(record);
            AttemptRecord submitted = record.with(Attempts.submit(record.attempt(), quiz.rules(), clock.instant()));
            if (submitted.equals(record)) {
                return record; // submitted before: nothing to write, so nothing for concurrent submits to fight over
            }
            repository.save(submitted);
            if (record.attempt().state().isOpen() && quiz.rules().mode() == Mode.INTERACTIVE) {
                remember(new JpaStudyRepository(entityManager), submitted);
            }
            return submitted;
        }));
    }

    /**
     * A practice attempt feeds the learner's spaced review: each answered question becomes a review, rated
     * from its grade, the tries it took and the certainty stated, in the same transaction as the submit.
     */
    private static void remember(JpaStudyRepository study, AttemptRecord submitted) {
        Attempt attempt = submitted.attempt();
        attempt.result().ifPresent(result -> result.grade().questions().stream()
                .filter(grade -> !grade.response().isBlank())
                .forEach(grade -> {
                    QuestionState state = attempt.state(grade.questionId());
                    Rating rating = Rating.of(grade.correctness(), Math.max(1, state.tries()), state.certainty());
                    study.addReview(submitted.learner(), submitted.packId(), grade.questionId(), new ReviewEvent(result.finishedAt(), rating));
                }));
    }

    /** Finishes every open attempt whose time and grace period are over, with its saved answers. */
    public int finishOverdue() {
        Instant now = clock.instant();
        return database.transaction(entityManager -> {
            var repository = new JpaAttemptRepository(entityManager);
            int finished = 0;
            for (AttemptRecord record : repository.findOpen(questions())) {
                AttemptRecord current = record.with(Attempts.advance(record.attempt(), quiz(record).rules(), now));
                if (!current.equals(record)) {
                    repository.save(current);
                    finished++;
                }
            }
            return finished;
        });
    }

    public Quiz quiz(AttemptRecord record) {
        return catalog.pack(record.packId()).flatMap(pack -> pack.quiz(record.quizId()))
                .orElseThrow(() -> new UnknownContentException("no quiz '" + record.quizId() + "' in pack '" + record.packId() + "'"));
    }

    private static AttemptRecord owned(Optional<AttemptRecord> record, String learner, UUID attemptId) {
        return record.filter(found -> learner.equals(found.learner()))
                .orElseThrow(() -> new UnknownContentException("no attempt " + attemptId));
    }

    /**
     * Runs a transaction again when a concurrent change to the same attempt made its commit fail, after a
     * short random pause so that the requests that collided do not collide again.
     */
    private static <T> T retried(java.util.function.Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (OptimisticLockException | RollbackException conflict) {
                if (attempt >= RETRIES) {
                    throw conflict;
                }
                int tried = attempt;
                LOG.info(() -> "two requests changed one attempt at once (two tabs, or a save racing the time limit); retrying, try "
                        + (tried + 1) + " of " + RETRIES);
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 10L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw conflict;
                }
            }
        }
    }
}

package org.sala.web.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.sala.engine.assembly.AssembledQuestion;
import org.sala.engine.attempt.Accommodation;
import org.sala.engine.attempt.Attempt;
import org.sala.engine.attempt.Attempts;
import org.sala.engine.attempt.Change;
import org.sala.engine.attempt.Mode;
import org.sala.engine.attempt.QuestionState;
import org.sala.engine.attempt.QuizRules;
import org.sala.engine.attempt.Refusal;
import org.sala.engine.question.Question;
import org.sala.engine.response.Response;
import org.sala.engine.review.Rating;
import org.sala.engine.review.ReviewEvent;
import org.sala.engine.scoring.Certainty;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.persistence.attempt.AccommodationRepository;
import org.sala.persistence.attempt.AttemptRecord;
import org.sala.persistence.attempt.AttemptRepository;
import org.sala.persistence.attempt.LearnerAccommodation;
import org.sala.persistence.attempt.QuestionSource;
import org.sala.persistence.study.StudyRepository;
import org.sala.web.Metrics;
import org.sala.web.content.PackCatalog;
import org.sala.web.database.SalaDatabase;

/**
 * Attempts that live over many requests and survive the server: start (or resume), save one answer, submit.
 * Each call is one transaction ({@link SalaDatabase#write}): load the attempt, let the engine decide (time,
 * sequence, state), store, commit, and only then report "saved". When two requests change one attempt at
 * the same moment, the database refuses the later commit and the call is tried again on the fresh attempt,
 * where the engine then refuses a stale save by its sequence number. A learner reaches only their own
 * attempts.
 */
@ApplicationScoped
public class AttemptService {

    private static final SecureRandom SEEDS = new SecureRandom();
    private static final Object VERSIONS = new Object();

    /** The time every rule is judged by; a test may set another. */
    @Inject
    Clock clock;

    @Inject
    PackCatalog catalog;

    @Inject
    SalaDatabase database;

    @Inject
    AttemptRepository attempts;

    @Inject
    StudyRepository study;

    @Inject
    Assemblies assemblies;

    /** Learners' own exceptions to quizzes' rules: more time, another closing date, more attempts. */
    @Inject
    AccommodationRepository accommodations;

    /** Counts for {@code /metrics}; the container's, or a service test's own. */
    @Inject
    Metrics metrics = new Metrics();

    /** The outcome of saving an answer: saved (after the commit), or refused with the engine's reason. */
    public record Saved(AttemptRecord attempt, Optional<Refusal> refusal) {
        public boolean isSaved() {
            return refusal.isEmpty();
        }
    }

    /** Questions of an attempt stored before versions were kept: assembled again from its pack and seed. */
    private QuestionSource questions() {
        return assemblies.source();
    }

    /** The learner's attempts at a quiz, first to last, brought up to date with the clock. */
    public List<AttemptRecord> history(String learner, Pack pack, Quiz quiz) {
        Instant now = clock.instant();
        return database.read(() -> {
            QuizRules rules = rules(learner, pack.id(), quiz);
            return attempts.findByLearnerAndQuiz(learner, pack.id(), quiz.id(), questions()).stream()
                    .map(record -> record.with(Attempts.advance(record.attempt(), rules, now)))
                    .toList();
        });
    }

    /**
     * The quiz's rules for this learner: the quiz's own, changed by the learner's accommodation if they have one
     * (read in the current transaction, or one of its own).
     */
    public QuizRules rules(String learner, String packId, Quiz quiz) {
        return database.read(() -> LearnerRules.apply(quiz.rules(), accommodations.find(learner, packId, quiz.id())));
    }

    /** The rules an attempt runs under: its quiz's, for its learner. */
    public QuizRules rules(AttemptRecord record) {
        return rules(record.learner(), record.packId(), quiz(record));
    }

    /**
     * A quiz as its start page shows it to a learner.
     *
     * @param history      their attempts, first to last, up to date with the clock
     * @param refusal      why a new attempt may not start now (never because one is open: that one is resumed,
     *                     see {@link #startOrResume})
     * @param attemptsLeft how many more may start; empty when the quiz allows any number
     */
    public record Overview(List<AttemptRecord> history, Optional<Refusal> refusal, java.util.OptionalInt attemptsLeft, QuizRules rules,
                           Optional<Accommodation> accommodation) {

        /** Whether an attempt is open, which starting continues. */
        public boolean resuming() {
            return history.stream().anyMatch(record -> record.attempt().state().isOpen());
        }
    }

    /** The learner's history at a quiz and what they may do next, read in one transaction. */
    public Overview overview(String learner, Pack pack, Quiz quiz) {
        Instant now = clock.instant();
        return database.read(() -> {
            Optional<Accommodation> accommodation = accommodations.find(learner, pack.id(), quiz.id()).map(LearnerAccommodation::accommodation);
            QuizRules rules = rules(learner, pack.id(), quiz);
            List<AttemptRecord> history = history(learner, pack, quiz);
            List<Attempt> earlier = history.stream().map(AttemptRecord::attempt).toList();
            return new Overview(history, Attempts.mayStart(rules, earlier, now).filter(refusal -> refusal.reason() != Refusal.Reason.ATTEMPT_OPEN),
                    Attempts.attemptsLeft(rules, earlier, now), rules, accommodation);
        });
    }

    /**
     * The learner's open attempt at this quiz, or a new one if the rules allow it.
     *
     * @throws org.sala.engine.attempt.RefusedException with the engine's refusal when no attempt may start
     */
    public AttemptRecord startOrResume(String learner, Pack pack, Quiz quiz) {
        long seed = SEEDS.nextLong();
        List<Question> assembled = assemblies.assemble(pack, quiz, seed).engineQuestions();
        // The question versions first, in a transaction of their own and one at a time on this node: a class that
        // starts an exam at the same moment would otherwise have every attempt insert the same new versions, and
        // all but one would lose the race, again and again.
        synchronized (VERSIONS) {
            database.write(() -> {
                attempts.keepVersions(pack.id(), assembled, clock.instant());
                return null;
            });
        }
        return database.write(() -> {
            Instant now = clock.instant();
            QuizRules rules = rules(learner, pack.id(), quiz);
            List<AttemptRecord> stored = attempts.findByLearnerAndQuiz(learner, pack.id(), quiz.id(), questions());
            List<AttemptRecord> earlier = stored.stream()
                    .map(record -> record.with(Attempts.advance(record.attempt(), rules, now))).toList();
            // Only an attempt the clock has moved on (time ran out) is written back; the others keep their versions.
            for (int i = 0; i < earlier.size(); i++) {
                if (!earlier.get(i).equals(stored.get(i))) {
                    attempts.save(earlier.get(i));
                }
            }
            Optional<AttemptRecord> open = earlier.stream().filter(record -> record.attempt().state().isOpen()).findFirst();
            if (open.isPresent()) {
                return open.get();
            }
            UUID id = UUID.randomUUID();
            Attempt attempt = Attempts.start(id.toString(), rules, earlier.stream().map(AttemptRecord::attempt).toList(),
                    assembled, now);
            var record = new AttemptRecord(id, learner, pack.id(), pack.info().version(), quiz.id(), seed, attempt);
            attempts.save(record);
            return record;
        });
    }

    /** The learner's attempt, up to date with the clock (an attempt past its grace period is finished and stored so). */
    public Optional<AttemptRecord> find(String learner, UUID attemptId) {
        return database.write(() -> current(learner, attemptId));
    }

    /**
     * An attempt as its page shows it: up to date with the clock, its quiz, its questions as assembled for it
     * (the learner's order of questions and options), and the questions the learner flagged.
     */
    public record Shown(AttemptRecord attempt, Quiz quiz, List<AssembledQuestion> questions, Set<String> flags) {
    }

    /** {@link #find} and {@link #flags} in one transaction, for a page that shows both. */
    public Optional<Shown> show(String learner, UUID attemptId) {
        return database.write(() -> current(learner, attemptId).map(record -> {
            Quiz quiz = quiz(record);
            Pack pack = catalog.pack(record.packId()).orElseThrow(() -> new UnknownContentException("no pack '" + record.packId() + "'"));
            return new Shown(record, quiz, assemblies.shown(pack, quiz, record), study.flags(attemptId));
        }));
    }

    private Optional<AttemptRecord> current(String learner, UUID attemptId) {
        return attempts.findRecord(attemptId, questions()).filter(record -> learner.equals(record.learner())).map(record -> {
            AttemptRecord current = record.with(Attempts.advance(record.attempt(), rules(record), clock.instant()));
            if (!current.equals(record)) {
                attempts.save(current);
            }
            return current;
        });
    }

    /** Saves one answer; it counts as saved only when this returns {@link Saved#isSaved()}. */
    public Saved save(String learner, UUID attemptId, String questionId, Response response, long sequence, Optional<Certainty> certainty) {
        return save(learner, attemptId, questionId, (record, quiz) -> response, sequence, certainty);
    }

    /**
     * Saves one answer given as the page's inputs sent it: {@code answer} reads them against the question as
     * the attempt shows it (its place in the attempt, 1-based, and its order of options), in the same
     * transaction as the save, so a save is one read of the attempt and one write.
     *
     * @throws IllegalArgumentException from {@code answer} when the inputs are not an answer to that question
     *                                  (nothing is saved)
     * @throws UnknownContentException  when the attempt is not the learner's or has no such question
     */
    public Saved answer(String learner, UUID attemptId, String questionId, BiFunction<AssembledQuestion, Integer, Response> answer,
                        long sequence, Optional<Certainty> certainty) {
        return save(learner, attemptId, questionId, (record, quiz) -> {
            Pack pack = catalog.pack(record.packId()).orElseThrow(() -> new UnknownContentException("no pack '" + record.packId() + "'"));
            var shown = assemblies.shown(pack, quiz, record, questionId)
                    .orElseThrow(() -> new UnknownContentException("no question '" + questionId + "' in attempt " + attemptId));
            return answer.apply(shown.getKey(), shown.getValue());
        }, sequence, certainty);
    }

    private Saved save(String learner, UUID attemptId, String questionId, BiFunction<AttemptRecord, Quiz, Response> response, long sequence,
                       Optional<Certainty> certainty) {
        Saved saved = counted(() -> database.write(() -> {
            AttemptRecord record = owned(learner, attemptId);
            Quiz quiz = quiz(record);
            Change change = Attempts.save(record.attempt(), rules(record.learner(), record.packId(), quiz), questionId, response.apply(record, quiz), sequence, certainty, clock.instant());
            return store(record, change);
        }));
        count(saved);
        return saved;
    }

    /** Runs a save, counting it as failed when something other than the request's own mistake stopped it. */
    private <T> T counted(Supplier<T> save) {
        try {
            return save.get();
        } catch (UnknownContentException notTheirs) {
            throw notTheirs; // another learner's or a made-up attempt: answered 404, not a failure of the service
        } catch (IllegalArgumentException notAnAnswer) {
            throw notAnAnswer; // inputs that answer nothing the page offered: the request's mistake
        } catch (RuntimeException e) {
            metrics.failed();
            throw e;
        }
    }

    private void count(Saved saved) {
        if (saved.isSaved()) {
            metrics.saved();
        } else {
            metrics.refused();
        }
    }

    /** What saving and checking an answer gave: the save (saved or refused) and, if it was saved, why the check was refused. */
    public record Checked(Saved save, Optional<Refusal> checkRefused) {
    }

    /**
     * Interactive mode: saves the answer to one question and checks it (a try), in one transaction. A refused
     * save (a finished question, a stale page) is not checked.
     */
    public Checked check(String learner, UUID attemptId, String questionId, Response response, long sequence, Optional<Certainty> certainty) {
        Checked checked = counted(() -> checkOnce(learner, attemptId, questionId, response, sequence, certainty));
        count(checked.save());
        return checked;
    }

    private Checked checkOnce(String learner, UUID attemptId, String questionId, Response response, long sequence, Optional<Certainty> certainty) {
        return database.write(() -> {
            AttemptRecord record = owned(learner, attemptId);
            var rules = rules(record);
            Instant now = clock.instant();
            Saved saved = store(record, Attempts.save(record.attempt(), rules, questionId, response, sequence, certainty, now));
            if (!saved.isSaved()) {
                return new Checked(saved, Optional.empty());
            }
            Saved checked = store(saved.attempt(), Attempts.check(saved.attempt().attempt(), rules, questionId, now));
            return new Checked(new Saved(checked.attempt(), saved.refusal()), checked.refusal());
        });
    }

    /** Stores what the engine made of a change (a refused change leaves the attempt as the clock made it). */
    private Saved store(AttemptRecord record, Change change) {
        AttemptRecord changed = record.with(change.attempt());
        attempts.save(changed);
        return switch (change) {
            case Change.Done done -> new Saved(changed, Optional.empty());
            case Change.Refused refused -> new Saved(changed, Optional.of(refused.refusal()));
        };
    }

    /**
     * Flags a question of the learner's attempt for their own review before submitting, or takes the flag off.
     *
     * @return the questions flagged now
     */
    public Set<String> flag(String learner, UUID attemptId, String questionId, boolean flagged) {
        return database.write(() -> {
            owned(learner, attemptId);
            study.flag(attemptId, questionId, flagged);
            return study.flags(attemptId);
        });
    }

    /** Submits the attempt; submitting again returns the first result. */
    public AttemptRecord submit(String learner, UUID attemptId) {
        var changed = new java.util.concurrent.atomic.AtomicBoolean();
        AttemptRecord result = database.write(() -> {
            changed.set(false);
            AttemptRecord record = owned(learner, attemptId);
            Quiz quiz = quiz(record);
            AttemptRecord submitted = record.with(Attempts.submit(record.attempt(), rules(record.learner(), record.packId(), quiz), clock.instant()));
            if (submitted.equals(record)) {
                return record; // submitted before: nothing to write, so nothing for concurrent submits to fight over
            }
            attempts.save(submitted);
            if (record.attempt().state().isOpen() && quiz.rules().mode() == Mode.INTERACTIVE) {
                remember(submitted);
            }
            changed.set(true);
            return submitted;
        });
        if (changed.get()) {
            metrics.submitted();
        }
        return result;
    }

    /**
     * A practice attempt feeds the learner's spaced review: each answered question becomes a review, rated
     * from its grade, the tries it took and the certainty stated, in the same transaction as the submit.
     */
    private void remember(AttemptRecord submitted) {
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
        int count = database.write(() -> {
            int finished = 0;
            var own = new java.util.HashMap<List<String>, LearnerAccommodation>();
            accommodations.all().forEach(found -> own.put(List.of(found.learner(), found.packId(), found.quizId()), found));
            for (AttemptRecord record : attempts.findOpen(questions())) {
                QuizRules rules = LearnerRules.apply(quiz(record).rules(),
                        Optional.ofNullable(own.get(List.of(String.valueOf(record.learner()), record.packId(), record.quizId()))));
                AttemptRecord current = record.with(Attempts.advance(record.attempt(), rules, now));
                if (!current.equals(record)) {
                    attempts.save(current);
                    finished++;
                }
            }
            return finished;
        });
        metrics.overdueFinished(count);
        return count;
    }

    public Quiz quiz(AttemptRecord record) {
        return catalog.pack(record.packId()).flatMap(pack -> pack.quiz(record.quizId()))
                .orElseThrow(() -> new UnknownContentException("no quiz '" + record.quizId() + "' in pack '" + record.packId() + "'"));
    }

    /** The learner's attempt as stored; to anyone else another's attempt does not exist. */
    private AttemptRecord owned(String learner, UUID attemptId) {
        return attempts.findRecord(attemptId, questions()).filter(found -> learner.equals(found.learner()))
                .orElseThrow(() -> new UnknownContentException("no attempt " + attemptId));
    }
}

package org.sala.web.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sala.engine.attempt.Attempts;
import org.sala.engine.question.Question;
import org.sala.engine.scoring.QuestionGrade;
import org.sala.engine.scoring.Score;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.Quiz;
import org.sala.persistence.account.AccessRepository;
import org.sala.persistence.account.AuditEvent;
import org.sala.persistence.attempt.AttemptRecord;
import org.sala.persistence.attempt.AttemptRepository;
import org.sala.persistence.attempt.Regrade;
import org.sala.web.database.SalaDatabase;

/**
 * Regrading a quiz after its pack corrected a question: every submitted attempt that holds an older
 * version of a question the pack now has differently is graded again, by the engine, from the responses
 * it stored, with the new version. First a dry run says what would change (per attempt, the marks and
 * the pass or fail before and after); applying stores the new grades and a regrade record per question
 * changed. Applying twice changes nothing the second time. Open attempts are left alone: they keep the
 * version they started with, and a regrade after they are submitted reaches them.
 */
@ApplicationScoped
public class RegradeService {

    @Inject
    Clock clock;

    @Inject
    SalaDatabase database;

    @Inject
    AttemptRepository attempts;

    @Inject
    Assemblies assemblies;

    @Inject
    AccessRepository access;

    /** One question of one attempt whose marks the regrade changes. */
    public record QuestionChange(String questionId, Score before, Score after) {
    }

    /** One attempt whose marks the regrade changes: totals and verdicts (empty without a pass mark) before and after. */
    public record AttemptChange(UUID attemptId, String learner, int number, Score before, Score after,
                                Optional<Boolean> passedBefore, Optional<Boolean> passedAfter, List<QuestionChange> questions) {

        public boolean verdictChanges() {
            return !passedBefore.equals(passedAfter);
        }
    }

    /**
     * What a regrade of one quiz does.
     *
     * @param questions the questions the pack now has in another version than some submitted attempt
     * @param attempts  how many submitted attempts hold an older version (all of them are brought up to date)
     * @param changes   the attempts whose marks change, oldest first
     * @param problems  attempts that cannot be regraded and why (a stored response that the new version no
     *                  longer fits); they are left as they are
     */
    public record Plan(List<String> questions, int attempts, List<AttemptChange> changes, List<String> problems) {

        public boolean isEmpty() {
            return attempts == 0 && problems.isEmpty();
        }
    }

    private record Regraded(AttemptRecord record, Optional<AttemptChange> change) {
    }

    private record Planned(Plan plan, List<Regraded> regraded) {
    }

    /** What regrading would change; nothing is stored. */
    public Plan dryRun(Pack pack, Quiz quiz) {
        return database.read(() -> plan(pack, quiz).plan());
    }

    /** Regrades, in one transaction, and returns what it changed; {@code by} is the account recorded with each change. */
    public Plan apply(String by, Pack pack, Quiz quiz) {
        return database.write(() -> {
            Planned planned = plan(pack, quiz);
            Instant now = clock.instant();
            for (Regraded regraded : planned.regraded()) {
                attempts.save(regraded.record());
                regraded.change().ifPresent(change -> change.questions().forEach(question -> attempts.addRegrade(
                        new Regrade(change.attemptId(), now, by, question.questionId(), question.before(), question.after()))));
            }
            Plan plan = planned.plan();
            if (plan.attempts() > 0) {
                access.record(new AuditEvent(now, by, "REGRADE", quiz.id(), Optional.of(pack.id()), "regraded " + plan.attempts()
                        + " attempt(s) of " + quiz.id() + " for " + String.join(", ", plan.questions()) + "; "
                        + plan.changes().size() + " with new marks"));
            }
            return plan;
        });
    }

    private Planned plan(Pack pack, Quiz quiz) {
        var questions = new LinkedHashSet<String>();
        var regraded = new ArrayList<Regraded>();
        var problems = new ArrayList<String>();
        for (AttemptRecord record : attempts.findSubmittedRecords(pack.id(), quiz.id(), assemblies.source())) {
            Map<String, Question> replacements = replacements(pack, record);
            if (replacements.isEmpty()) {
                continue;
            }
            questions.addAll(replacements.keySet());
            try {
                AttemptRecord after = record.with(Attempts.regrade(record.attempt(), quiz.rules(), replacements));
                regraded.add(new Regraded(after, change(quiz, record, after)));
            } catch (IllegalArgumentException doesNotFit) {
                problems.add(record.learner() + ", attempt " + record.attempt().number() + ": " + doesNotFit.getMessage());
            }
        }
        List<AttemptChange> changes = regraded.stream().flatMap(found -> found.change().stream()).toList();
        return new Planned(new Plan(List.copyOf(questions), regraded.size(), changes, List.copyOf(problems)), regraded);
    }

    /** The pack's questions that differ from the versions the attempt holds (questions the pack dropped stay as they were). */
    private static Map<String, Question> replacements(Pack pack, AttemptRecord record) {
        var replacements = new HashMap<String, Question>();
        for (Question held : record.attempt().questions()) {
            pack.question(held.id()).map(PackQuestion::question).filter(current -> !current.equals(held))
                    .ifPresent(current -> replacements.put(held.id(), current));
        }
        return replacements;
    }

    private static Optional<AttemptChange> change(Quiz quiz, AttemptRecord before, AttemptRecord after) {
        var grades = before.attempt().result().orElseThrow().grade();
        var regrades = after.attempt().result().orElseThrow().grade();
        var changed = new ArrayList<QuestionChange>();
        for (int i = 0; i < grades.questions().size(); i++) {
            QuestionGrade old = grades.questions().get(i);
            QuestionGrade now = regrades.questions().get(i);
            if (!old.score().equals(now.score())) {
                changed.add(new QuestionChange(old.questionId(), old.score(), now.score()));
            }
        }
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AttemptChange(before.id(), before.learner(), before.attempt().number(), grades.total(), regrades.total(),
                Attempts.passed(quiz.rules(), grades.total()), Attempts.passed(quiz.rules(), regrades.total()), List.copyOf(changed)));
    }
}

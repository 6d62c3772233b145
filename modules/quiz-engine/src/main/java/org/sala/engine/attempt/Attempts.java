package org.sala.engine.attempt;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sala.engine.attempt.AttemptResult.FinishedBy;
import org.sala.engine.attempt.Refusal.Reason;
import org.sala.engine.question.Question;
import org.sala.engine.response.Response;
import org.sala.engine.scoring.Certainty;
import org.sala.engine.scoring.Correctness;
import org.sala.engine.scoring.Grader;
import org.sala.engine.scoring.GradingOptions;
import org.sala.engine.scoring.Penalties;
import org.sala.engine.scoring.QuestionGrade;
import org.sala.engine.scoring.QuizGrade;

/**
 * Every change to an attempt, as pure functions of the attempt, the quiz's rules and the time given.
 * Each change first brings the attempt up to date with the clock ({@link #advance}): past its deadline
 * an attempt is overdue, and past the grace period it is finished with the responses saved so far, whether
 * or not the learner ever comes back.
 */
public final class Attempts {

    private Attempts() {
    }

    /**
     * Whether a learner with these earlier attempts may start a new one now: the quiz is open, no attempt
     * is still open, attempts are left and the delay since the last one has passed.
     *
     * @return empty when allowed, else why not
     */
    public static Optional<Refusal> mayStart(QuizRules rules, List<Attempt> earlier, Instant now) {
        if (rules.opensAt().isPresent() && now.isBefore(rules.opensAt().get())) {
            return refusal(Reason.NOT_OPEN_YET, rules.opensAt().get());
        }
        if (rules.closesAt().isPresent() && !now.isBefore(rules.closesAt().get())) {
            return refusal(Reason.QUIZ_CLOSED, rules.closesAt().get());
        }
        List<Attempt> current = earlier.stream().map(attempt -> advance(attempt, rules, now)).toList();
        if (current.stream().anyMatch(attempt -> attempt.state().isOpen())) {
            return refusal(Reason.ATTEMPT_OPEN);
        }
        if (attemptsLeft(rules, current, now).orElse(1) == 0) {
            return refusal(Reason.NO_ATTEMPTS_LEFT, rules.attemptsAllowed());
        }
        Optional<Instant> lastFinished = current.stream().flatMap(attempt -> attempt.result().stream())
                .map(AttemptResult::finishedAt).max(Comparator.naturalOrder());
        if (lastFinished.isPresent() && !rules.delayBetweenAttempts().isZero()) {
            Instant next = lastFinished.get().plus(rules.delayBetweenAttempts());
            if (now.isBefore(next)) {
                return refusal(Reason.TOO_SOON, next);
            }
        }
        return Optional.empty();
    }

    /**
     * How many more attempts the learner may start at this quiz: the attempts allowed less those submitted
     * (including those time finished by {@code now}). Empty when the quiz allows any number.
     */
    public static java.util.OptionalInt attemptsLeft(QuizRules rules, List<Attempt> earlier, Instant now) {
        if (rules.attemptsAllowed() == 0) {
            return java.util.OptionalInt.empty();
        }
        long submitted = earlier.stream().map(attempt -> advance(attempt, rules, now))
                .filter(attempt -> attempt.state() == AttemptState.SUBMITTED).count();
        return java.util.OptionalInt.of((int) Math.max(0, rules.attemptsAllowed() - submitted));
    }

    /** Interactive mode: how many more times the learner may check their answer to a question. */
    public static int triesLeft(QuizRules rules, QuestionState state) {
        return Math.max(0, rules.triesAllowed() - state.tries());
    }

    /**
     * Interactive mode: the hint a learner sees after checking an answer that was not right while tries are
     * left. The first hint after the first try, the second after the second, and the last one again when
     * there are more tries than hints. Empty in other modes, before a check, after a right answer, and when
     * the question has no hints or no tries left.
     */
    public static Optional<String> hint(QuizRules rules, Question question, QuestionState state) {
        List<String> hints = question.hints();
        if (rules.mode() != Mode.INTERACTIVE || state.finished() || hints.isEmpty() || triesLeft(rules, state) == 0) {
            return Optional.empty();
        }
        return state.checked().filter(grade -> grade.correctness() != Correctness.CORRECT)
                .map(grade -> hints.get(Math.min(Math.max(1, state.tries()), hints.size()) - 1));
    }

    /**
     * Starts an attempt with the questions assembled for it.
     *
     * @throws RefusedException if {@link #mayStart} refuses, with its refusal
     */
    public static Attempt start(String id, QuizRules rules, List<Attempt> earlier, List<Question> questions, Instant now) {
        mayStart(rules, earlier, now).ifPresent(refusal -> {
            throw new RefusedException(refusal);
        });
        int number = earlier.stream().mapToInt(Attempt::number).max().orElse(0) + 1;
        return Attempt.started(id, number, questions, now);
    }

    /** The moment the attempt's time is up, if it has a limit or the quiz closes. */
    public static Optional<Instant> deadline(Attempt attempt, QuizRules rules) {
        return rules.deadline(attempt.startedAt());
    }

    /** Brings an open attempt up to date with the clock: overdue after its deadline, finished after the grace period. */
    public static Attempt advance(Attempt attempt, QuizRules rules, Instant now) {
        if (!attempt.state().isOpen()) {
            return attempt;
        }
        Optional<Instant> deadline = deadline(attempt, rules);
        if (deadline.isEmpty() || !now.isAfter(deadline.get())) {
            // An overdue attempt whose deadline moved later (the learner was given more time) is open again.
            return attempt.state() == AttemptState.OVERDUE
                    ? attempt.with(AttemptState.IN_PROGRESS, attempt.questionStates(), Optional.empty()) : attempt;
        }
        Instant graceEnd = deadline.get().plus(rules.gracePeriod());
        if (now.isAfter(graceEnd)) {
            return finish(attempt, rules, graceEnd, FinishedBy.TIME);
        }
        return attempt.state() == AttemptState.OVERDUE ? attempt
                : attempt.with(AttemptState.OVERDUE, attempt.questionStates(), Optional.empty());
    }

    /**
     * Saves a response. Refused when the attempt is no longer open, its time is up, the question is
     * finished (interactive mode), or the save is stale: its sequence number is lower than the stored one's
     * (the same number again is accepted only with the same response, so a retried request does no harm).
     *
     * @throws IllegalArgumentException if the attempt has no such question
     */
    public static Change save(Attempt attempt, QuizRules rules, String questionId, Response response, long sequence,
                              Optional<Certainty> certainty, Instant now) {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(certainty, "certainty");
        Attempt current = advance(attempt, rules, now);
        QuestionState state = current.state(questionId);
        Optional<Refusal> closed = refuseIfNotInProgress(current);
        if (closed.isPresent()) {
            return new Change.Refused(current, closed.get());
        }
        if (state.finished()) {
            return refused(current, Reason.QUESTION_FINISHED);
        }
        if (sequence < state.sequence() || (sequence == state.sequence() && sequence > 0
                && !(state.response().equals(response) && state.certainty().equals(certainty)))) {
            return refused(current, Reason.STALE_SAVE);
        }
        return new Change.Done(current.withQuestion(questionId, state.saved(response, sequence, certainty, now)));
    }

    /**
     * Interactive mode: checks the saved response of one question. A right answer, or the last allowed try,
     * finishes the question; a wrong one leaves tries for another go. The grade carries the penalty for
     * the tries used.
     */
    public static Change check(Attempt attempt, QuizRules rules, String questionId, Instant now) {
        Attempt current = advance(attempt, rules, now);
        QuestionState state = current.state(questionId);
        if (rules.mode() != Mode.INTERACTIVE) {
            return refused(current, Reason.NOT_INTERACTIVE);
        }
        Optional<Refusal> closed = refuseIfNotInProgress(current);
        if (closed.isPresent()) {
            return new Change.Refused(current, closed.get());
        }
        if (state.finished()) {
            return refused(current, Reason.QUESTION_FINISHED);
        }
        if (state.response().isBlank()) {
            return refused(current, Reason.NOTHING_TO_CHECK);
        }
        Question question = question(current, questionId);
        QuestionGrade grade = Penalties.afterTries(Grader.grade(question, state.response(), rules.gradingOptions()),
                state.tries() + 1, rules.penaltyPerTry());
        boolean right = Grader.grade(question, state.response(), rules.gradingOptions()).correctness() == Correctness.CORRECT;
        boolean done = right || state.tries() + 1 >= rules.triesAllowed();
        return new Change.Done(current.withQuestion(questionId, state.checked(grade, done)));
    }

    /**
     * Submits the attempt and grades it with its saved responses. Submitting a submitted attempt returns it
     * unchanged, with its first result. After the grace period the attempt has already been finished by time.
     *
     * @throws IllegalStateException if the attempt was abandoned
     */
    public static Attempt submit(Attempt attempt, QuizRules rules, Instant now) {
        Attempt current = advance(attempt, rules, now);
        return switch (current.state()) {
            case SUBMITTED -> current;
            case ABANDONED -> throw new IllegalStateException("attempt " + attempt.id() + " was abandoned and cannot be submitted");
            case IN_PROGRESS, OVERDUE -> finish(current, rules, now, FinishedBy.LEARNER);
        };
    }

    /**
     * Grades a submitted attempt again with some of its questions replaced by new versions (a fixed key, a
     * corrected answer), from the responses it stored: when it finished, who finished it, tries and certainty
     * count as they did. A checked interactive answer is graded again with the penalty of the tries it took.
     * Questions not replaced keep their grade. Regrading with the same questions gives the same attempt.
     *
     * @param replacements new versions by question id; ids the attempt does not hold are ignored
     * @throws IllegalStateException when the attempt is not submitted
     * @throws IllegalArgumentException when a stored response does not fit its new version (say, an option it
     *                                  chose was removed)
     */
    public static Attempt regrade(Attempt attempt, QuizRules rules, java.util.Map<String, Question> replacements) {
        AttemptResult result = attempt.result().filter(finished -> attempt.state() == AttemptState.SUBMITTED)
                .orElseThrow(() -> new IllegalStateException("attempt " + attempt.id() + " is " + attempt.state() + "; only a submitted attempt is regraded"));
        var questions = new ArrayList<Question>(attempt.questions().size());
        var states = new HashMap<>(attempt.questionStates());
        for (Question question : attempt.questions()) {
            Question replacement = replacements.get(question.id());
            if (replacement == null || replacement.equals(question)) {
                questions.add(question);
                continue;
            }
            if (!replacement.id().equals(question.id())) {
                throw new IllegalArgumentException("question '" + question.id() + "' cannot be replaced by '" + replacement.id() + "'");
            }
            questions.add(replacement);
            QuestionState state = attempt.state(question.id());
            state.checked().ifPresent(checked -> states.put(question.id(), new QuestionState(state.response(), state.sequence(),
                    state.savedAt(), state.certainty(), state.tries(), Optional.of(Penalties.afterTries(
                    Grader.grade(replacement, checked.response(), rules.gradingOptions()), Math.max(1, state.tries()), rules.penaltyPerTry())),
                    state.finished())));
        }
        Attempt replaced = new Attempt(attempt.id(), attempt.number(), questions, attempt.startedAt(), AttemptState.IN_PROGRESS,
                states, Optional.empty());
        return finish(replaced, rules, result.finishedAt(), result.finishedBy());
    }

    /** Abandons an open attempt: it is never graded and does not count. A finished attempt is returned unchanged. */
    public static Attempt abandon(Attempt attempt, QuizRules rules, Instant now) {
        Attempt current = advance(attempt, rules, now);
        return current.state().isOpen() ? current.with(AttemptState.ABANDONED, current.questionStates(), Optional.empty()) : current;
    }

    /** The learner's grade for the quiz (percent) from their submitted attempts, by the quiz's grading method. */
    public static Optional<BigDecimal> quizGrade(QuizRules rules, List<Attempt> attempts) {
        List<BigDecimal> percents = attempts.stream()
                .filter(attempt -> attempt.result().isPresent())
                .sorted(Comparator.comparingInt(Attempt::number))
                .map(attempt -> attempt.result().orElseThrow().percent())
                .toList();
        return rules.gradingMethod().combine(percents);
    }

    /**
     * Whether a score passes the quiz: its percentage (unrounded) reaches the pass mark. Empty when the quiz
     * has no pass mark (0), where "passed" would mean nothing.
     */
    public static Optional<Boolean> passed(QuizRules rules, org.sala.engine.scoring.Score total) {
        if (rules.passMark().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal percent = total.possible().signum() == 0 ? BigDecimal.ZERO
                : total.earned().multiply(BigDecimal.valueOf(100)).divide(total.possible(), 10, java.math.RoundingMode.HALF_UP);
        return Optional.of(percent.compareTo(rules.passMark()) >= 0);
    }

    /** What the learner may see of this attempt now. */
    public static java.util.Set<ReviewItem> review(Attempt attempt, QuizRules rules, Instant now) {
        Attempt current = advance(attempt, rules, now);
        return rules.review().at(reviewTime(current, rules, now));
    }

    /** Which review time applies now. */
    public static ReviewTime reviewTime(Attempt attempt, QuizRules rules, Instant now) {
        return attempt.result().map(result -> reviewTimeAfter(result.finishedAt(), rules, now)).orElse(ReviewTime.DURING);
    }

    /** Which review time applies now to an attempt finished at {@code finished} (as stored with its grade). */
    public static ReviewTime reviewTimeAfter(Instant finished, QuizRules rules, Instant now) {
        if (rules.closesAt().isPresent() && !now.isBefore(rules.closesAt().get())) {
            return ReviewTime.AFTER_CLOSE;
        }
        return now.isBefore(finished.plus(ReviewTime.IMMEDIATELY)) ? ReviewTime.IMMEDIATELY_AFTER : ReviewTime.LATER_WHILE_OPEN;
    }

    private static Attempt finish(Attempt attempt, QuizRules rules, Instant at, FinishedBy by) {
        GradingOptions options = rules.gradingOptions();
        var grades = new ArrayList<QuestionGrade>(attempt.questions().size());
        BigDecimal certaintyMarks = BigDecimal.ZERO;
        for (Question question : attempt.questions()) {
            QuestionState state = attempt.state(question.id());
            QuestionGrade grade = rules.mode() == Mode.DEFERRED ? Grader.grade(question, state.response(), options)
                    : interactiveGrade(question, state, rules);
            grades.add(grade);
            certaintyMarks = certaintyMarks.add(state.certainty().orElse(Certainty.DEFAULT).mark(grade.score()));
        }
        var result = new AttemptResult(QuizGrade.of(grades), rules.certaintyBased() ? Optional.of(certaintyMarks) : Optional.empty(),
                at, by);
        return attempt.with(AttemptState.SUBMITTED, new HashMap<>(attempt.questionStates()), Optional.of(result));
    }

    /** A checked answer keeps its grade; an answer changed or never checked counts as one more try. */
    private static QuestionGrade interactiveGrade(Question question, QuestionState state, QuizRules rules) {
        if (state.checked().isPresent() && (state.finished() || state.checked().get().response().equals(state.response()))) {
            return state.checked().get();
        }
        QuestionGrade grade = Grader.grade(question, state.response(), rules.gradingOptions());
        return state.response().isBlank() ? grade : Penalties.afterTries(grade, state.tries() + 1, rules.penaltyPerTry());
    }

    private static Question question(Attempt attempt, String questionId) {
        return attempt.questions().stream().filter(question -> question.id().equals(questionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("attempt " + attempt.id() + " has no question '" + questionId + "'"));
    }

    private static Optional<Refusal> refuseIfNotInProgress(Attempt attempt) {
        return switch (attempt.state()) {
            case IN_PROGRESS -> Optional.empty();
            case OVERDUE -> refusal(Reason.TIME_UP);
            case SUBMITTED, ABANDONED -> refusal(Reason.ATTEMPT_CLOSED);
        };
    }

    private static Optional<Refusal> refusal(Reason reason, Object... arguments) {
        return Optional.of(new Refusal(reason, List.of(arguments)));
    }

    private static Change refused(Attempt attempt, Reason reason) {
        return new Change.Refused(attempt, new Refusal(reason, List.of()));
    }

    /** Time left on the clock for an open attempt; empty without a deadline, zero when overdue. */
    public static Optional<Duration> timeLeft(Attempt attempt, QuizRules rules, Instant now) {
        return deadline(attempt, rules).map(deadline -> now.isBefore(deadline) ? Duration.between(now, deadline) : Duration.ZERO);
    }
}

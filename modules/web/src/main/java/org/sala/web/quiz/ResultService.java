package org.sala.web.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sala.engine.attempt.Attempts;
import org.sala.engine.attempt.QuizRules;
import org.sala.engine.attempt.ReviewItem;
import org.sala.persistence.attempt.AccommodationRepository;
import org.sala.engine.question.Question;
import org.sala.engine.scoring.Correctness;
import org.sala.engine.scoring.Grader;
import org.sala.engine.scoring.QuestionGrade;
import org.sala.engine.statistics.AttemptObservation;
import org.sala.engine.statistics.ItemAnalysis;
import org.sala.engine.statistics.ItemObservation;
import org.sala.engine.statistics.QuestionStatistics;
import org.sala.engine.statistics.QuizStatistics;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.Quiz;
import org.sala.pack.model.Section;
import org.sala.pack.model.SectionRef;
import org.sala.persistence.attempt.AttemptRepository;
import org.sala.persistence.attempt.GradedAttempt;
import org.sala.persistence.attempt.Regrade;
import org.sala.web.content.PackCatalog;
import org.sala.web.database.SalaDatabase;

/**
 * Submitted attempts as learners and instructors look at them: one attempt's result, a learner's list of
 * results, and how a quiz's questions perform. What a learner may see of a result is the quiz's review
 * options at the time they look (the engine's rule), never decided here.
 */
@ApplicationScoped
public class ResultService {

    @Inject
    Clock clock;

    @Inject
    PackCatalog catalog;

    @Inject
    SalaDatabase database;

    @Inject
    AttemptRepository attempts;

    @Inject
    Assemblies assemblies;

    /**
     * Learners' accommodations: what a learner may see of an attempt, and when, follows their own rules (a learner
     * with a later closing date sees what "after the quiz closes" shows only after their own closing).
     */
    @Inject
    AccommodationRepository accommodations;

    /**
     * One question of a submitted attempt: its stored grade, the question as the learner was asked it (the
     * version the attempt keeps; for an attempt stored before versions were kept, the pack's question), the
     * pack's question now (for the lesson section that teaches it; empty when the pack no longer has it), and
     * the feedback for the stored response.
     */
    public record GradedQuestion(int number, QuestionGrade grade, Optional<Question> asked, Optional<PackQuestion> authored,
                                 String feedback) {
    }

    /** How many questions were right, partly right, wrong and not answered. */
    public record Counts(int right, int partlyRight, int wrong, int unanswered) {
    }

    /** A lesson section that teaches a question the learner missed, listed once however many it teaches. */
    public record ToReview(String lessonId, String anchor, String title) {
    }

    /**
     * A submitted attempt as its result page shows it.
     *
     * @param visible   what the quiz's review options let the viewer see now
     * @param passed    against the quiz's pass mark; empty when the quiz has none (or is gone)
     * @param timeTaken from start to submission; empty when the start is not known
     * @param regrades  each question graded again after its question was corrected, oldest first
     */
    public record Result(GradedAttempt attempt, Optional<Pack> pack, Optional<Quiz> quiz, List<GradedQuestion> questions,
                         Set<ReviewItem> visible, Optional<Boolean> passed, Optional<Duration> timeTaken, Counts counts,
                         List<ToReview> toReview, List<Regrade> regrades) {

        public boolean shows(ReviewItem item) {
            return visible.contains(item);
        }
    }

    /** One submitted attempt in a learner's list: marks and verdict only where the quiz's review options show marks. */
    public record Line(GradedAttempt attempt, Optional<Pack> pack, Optional<Quiz> quiz, boolean marksShown, Optional<Boolean> passed) {
    }

    /**
     * The result of a submitted attempt for the one looking at it: a learner reaches only their own
     * attempts (to them another's does not exist); instructors and administrators reach every attempt.
     */
    public Optional<Result> result(String viewer, boolean staff, UUID attemptId) {
        return result(viewer, packId -> staff, attemptId);
    }

    /**
     * The result for the learner who made the attempt, or for someone {@code staffOf} lets in to the attempt's
     * course (its editors and administrators): they see everything (responses, marks, right answers, feedback)
     * whatever the quiz shows its learners, as an instructor's review. To anyone else the attempt does not exist.
     */
    public Optional<Result> result(String viewer, java.util.function.Predicate<String> staffOf, UUID attemptId) {
        Optional<Found> found = database.read(() -> attempts.find(attemptId)
                .filter(attempt -> viewer.equals(attempt.learner()) || staffOf.test(attempt.packId()))
                .map(attempt -> new Found(attempt, attempts.startedAt(attemptId), asked(attemptId), attempts.regrades(attemptId))));
        return found.map(this::result).map(result -> viewer.equals(result.attempt().learner()) ? result
                : new Result(result.attempt(), result.pack(), result.quiz(), result.questions(), java.util.EnumSet.allOf(ReviewItem.class),
                result.passed(), result.timeTaken(), result.counts(), result.toReview(), result.regrades()));
    }

    private record Found(GradedAttempt attempt, Optional<Instant> startedAt, Map<String, Question> asked, List<Regrade> regrades) {
    }

    /** The questions the attempt was asked with, by id; empty when they cannot be known any more. */
    private Map<String, Question> asked(UUID attemptId) {
        try {
            return attempts.findRecord(attemptId, assemblies.source()).map(record -> record.attempt().questions().stream()
                    .collect(Collectors.toMap(Question::id, question -> question))).orElse(Map.of());
        } catch (IllegalStateException | UnknownContentException packChanged) {
            // Stored before versions were kept, and the pack no longer assembles it: the pack's questions serve.
            return Map.of();
        }
    }

    private Result result(Found found) {
        GradedAttempt attempt = found.attempt();
        Optional<Pack> pack = catalog.pack(attempt.packId());
        Optional<Quiz> quiz = pack.flatMap(known -> known.quiz(attempt.quizId()));
        var questions = new ArrayList<GradedQuestion>();
        for (QuestionGrade grade : attempt.grade().questions()) {
            Optional<PackQuestion> authored = pack.flatMap(known -> known.question(grade.questionId()));
            Optional<Question> asked = Optional.ofNullable(found.asked().get(grade.questionId())).or(() -> authored.map(PackQuestion::question));
            questions.add(new GradedQuestion(questions.size() + 1, grade, asked, authored, asked.map(question -> feedback(question, grade)).orElse("")));
        }
        return new Result(attempt, pack, quiz, List.copyOf(questions), visible(attempt, quiz),
                quiz.flatMap(known -> Attempts.passed(known.rules(), attempt.grade().total())),
                found.startedAt().map(started -> Duration.between(started, attempt.submittedAt())),
                counts(attempt), pack.map(known -> toReview(known, questions)).orElse(List.of()), found.regrades());
    }

    /** The feedback the asked question gives the stored response, graded again to find it (grading is pure). */
    private static String feedback(Question question, QuestionGrade grade) {
        try {
            return Grader.grade(question, grade.response()).feedback();
        } catch (IllegalArgumentException changedSince) {
            return "";
        }
    }

    private Set<ReviewItem> visible(GradedAttempt attempt, Optional<Quiz> quiz) {
        return quiz.map(known -> {
            QuizRules rules = rulesOf(attempt, known);
            return rules.review().at(Attempts.reviewTimeAfter(attempt.submittedAt(), rules, clock.instant()));
        }).orElse(Set.of());
    }

    /** The quiz's rules for the attempt's learner: with their accommodation, if they have one. */
    private QuizRules rulesOf(GradedAttempt attempt, Quiz quiz) {
        return attempt.learner() == null ? quiz.rules()
                : database.read(() -> LearnerRules.apply(quiz.rules(), accommodations.find(attempt.learner(), attempt.packId(), quiz.id())));
    }

    private static Counts counts(GradedAttempt attempt) {
        int right = 0;
        int partly = 0;
        int wrong = 0;
        int unanswered = 0;
        for (QuestionGrade grade : attempt.grade().questions()) {
            switch (grade.correctness()) {
                case CORRECT -> right++;
                case PARTIALLY_CORRECT -> partly++;
                case INCORRECT -> wrong++;
                case UNANSWERED -> unanswered++;
            }
        }
        return new Counts(right, partly, wrong, unanswered);
    }

    /** The sections teaching the questions not fully right, each once, in the order the questions came. */
    private static List<ToReview> toReview(Pack pack, List<GradedQuestion> questions) {
        var seen = new LinkedHashMap<String, ToReview>();
        for (GradedQuestion question : questions) {
            Optional<SectionRef> section = question.authored().flatMap(PackQuestion::taughtIn);
            if (section.isPresent() && question.grade().correctness() != Correctness.CORRECT) {
                SectionRef ref = section.get();
                Optional<Lesson> lesson = pack.lesson(ref.lessonId());
                String title = lesson.flatMap(found -> found.section(ref.anchor())).map(Section::title)
                        .orElseGet(() -> lesson.map(Lesson::title).orElse(ref.lessonId()));
                seen.putIfAbsent(ref.lessonId() + "#" + ref.anchor(), new ToReview(ref.lessonId(), ref.anchor(), title));
            }
        }
        return List.copyOf(seen.values());
    }

    /** Every attempt the learner has submitted, at every quiz of every course, newest first. */
    public List<Line> submittedBy(String learner) {
        Instant now = clock.instant();
        return database.read(() -> attempts.findSubmittedByLearner(learner)).stream().map(attempt -> {
            Optional<Pack> pack = catalog.pack(attempt.packId());
            Optional<Quiz> quiz = pack.flatMap(found -> found.quiz(attempt.quizId()));
            boolean marks = quiz.map(found -> {
                QuizRules rules = rulesOf(attempt, found);
                return rules.review().at(Attempts.reviewTimeAfter(attempt.submittedAt(), rules, now)).contains(ReviewItem.MARKS);
            }).orElse(false);
            Optional<Boolean> passed = marks ? quiz.flatMap(found -> Attempts.passed(found.rules(), attempt.grade().total())) : Optional.empty();
            return new Line(attempt, pack, quiz, marks, passed);
        }).toList();
    }

    /** The engine's item analysis of a quiz over its submitted attempts; empty while nobody has submitted one. */
    public Optional<QuizStatistics> performance(Pack pack, Quiz quiz) {
        return report(pack, quiz).statistics();
    }

    /**
     * A quiz's figures for its instructors: the engine's item analysis and each submitted attempt's percentage
     * (two places, oldest first), from one read of the submitted attempts.
     */
    public record QuizReport(Optional<QuizStatistics> statistics, List<java.math.BigDecimal> percents) {
    }

    public QuizReport report(Pack pack, Quiz quiz) {
        List<GradedAttempt> submitted = database.read(() -> attempts.findByQuiz(pack.id(), quiz.id()));
        List<AttemptObservation> observed = submitted.stream().map(GradedAttempt::grade).map(AttemptObservation::of).toList();
        return new QuizReport(observed.isEmpty() ? Optional.empty() : Optional.of(ItemAnalysis.analyse(observed)),
                submitted.stream().map(attempt -> attempt.grade().total().percent(2)).toList());
    }

    /**
     * Item analysis by version, for the questions of a quiz that its submitted attempts hold in more than one
     * version (a question corrected after some learners answered it): each such question is analysed once
     * per version, its id written {@code question-id@} and the first 8 digits of the version. Empty when every
     * question was answered in one version only.
     */
    public List<QuestionStatistics> performanceByVersion(Pack pack, Quiz quiz) {
        record Stored(List<GradedAttempt> attempts, Map<UUID, Map<String, String>> versions) {
        }
        Stored stored = database.read(() -> new Stored(attempts.findByQuiz(pack.id(), quiz.id()), attempts.questionVersions(pack.id(), quiz.id())));
        var seen = new HashMap<String, Set<String>>();
        stored.versions().values().forEach(byQuestion -> byQuestion.forEach((question, version) ->
                seen.computeIfAbsent(question, id -> new HashSet<>()).add(version)));
        Set<String> several = seen.entrySet().stream().filter(entry -> entry.getValue().size() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        if (several.isEmpty()) {
            return List.of();
        }
        List<AttemptObservation> observed = stored.attempts().stream().map(attempt -> {
            Map<String, String> versions = stored.versions().getOrDefault(attempt.id(), Map.of());
            return new AttemptObservation(AttemptObservation.of(attempt.grade()).items().stream().map(item ->
                    several.contains(item.questionId()) && versions.containsKey(item.questionId())
                            ? new ItemObservation(item.questionId() + "@" + versions.get(item.questionId()).substring(0, 8), item.earned(),
                            item.possible(), item.chosenOptions())
                            : item).toList());
        }).toList();
        return ItemAnalysis.analyse(observed).questions().stream().filter(question -> question.questionId().contains("@"))
                .sorted(java.util.Comparator.comparing(QuestionStatistics::questionId)).toList();
    }
}

package org.sala.web.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sala.engine.attempt.Accommodation;
import org.sala.engine.attempt.Attempts;
import org.sala.engine.attempt.QuizRules;
import org.sala.engine.scoring.Score;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.persistence.account.AccessRepository;
import org.sala.persistence.account.AccountRepository;
import org.sala.persistence.account.AuditEvent;
import org.sala.persistence.attempt.AccommodationRepository;
import org.sala.persistence.attempt.LearnerAccommodation;
import org.sala.persistence.grades.AttemptScore;
import org.sala.persistence.grades.AttemptSummary;
import org.sala.persistence.grades.GradebookRepository;
import org.sala.web.database.SalaDatabase;

/**
 * A course's gradebook: every enrolled learner (studied a lesson, visited the course or attempted a quiz) by
 * every quiz, each grade as the quiz's grading method makes it from the submitted attempts (as stored, so after
 * any regrade), pass or fail by the engine's rule, and lesson progress. One read of the course's attempt
 * summaries, lessons and names; sorting, filtering and paging then work on the rows in memory.
 *
 * <p>Also the instructors' accommodations: per learner and quiz, more time, another closing date, more
 * attempts; the engine applies them ({@link AttemptService#rules}), every change is in the audit list.
 */
@ApplicationScoped
public class GradebookService {

    /** Rows per page of the gradebook. */
    public static final int PAGE_SIZE = 50;

    @Inject
    Clock clock;

    @Inject
    SalaDatabase database;

    @Inject
    GradebookRepository gradebook;

    @Inject
    AccommodationRepository accommodations;

    @Inject
    AccountRepository accounts;

    @Inject
    AccessRepository access;

    /**
     * One learner at one quiz.
     *
     * @param grade        the quiz grade (percent, rounded half-up to two places) by the quiz's grading method; empty before a submitted attempt
     * @param passed       against the pass mark; empty without a grade or when the quiz has no pass mark
     * @param submitted    how many attempts are submitted
     * @param open         whether an attempt is in progress (or overdue)
     * @param accommodated whether the learner has an accommodation at this quiz
     */
    public record Cell(Optional<BigDecimal> grade, Optional<Boolean> passed, int submitted, boolean open, boolean accommodated) {

        static final Cell EMPTY = new Cell(Optional.empty(), Optional.empty(), 0, false, false);
    }

    /** One learner's line: a cell per quiz (in the course's order) and the lessons they studied. */
    public record Row(String learner, String displayName, List<Cell> cells, int lessonsStudied) {

        public boolean accommodated() {
            return cells.stream().anyMatch(Cell::accommodated);
        }

        /** Whether some quiz was graded below its pass mark. */
        public boolean failing() {
            return cells.stream().anyMatch(cell -> cell.passed().equals(Optional.of(false)));
        }

        public boolean attemptedNothing() {
            return cells.stream().allMatch(cell -> cell.submitted() == 0 && !cell.open());
        }
    }

    /** The whole course: its quizzes, how many lessons it has, and a row per enrolled learner, by username. */
    public record Gradebook(Pack pack, List<Quiz> quizzes, int lessons, List<Row> rows, List<LearnerAccommodation> accommodations,
                            Map<String, Integer> learnersPerLesson, Instant readAt) {

        public int quizIndex(String quizId) {
            for (int i = 0; i < quizzes.size(); i++) {
                if (quizzes.get(i).id().equals(quizId)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Reads the course's gradebook in one transaction. */
    public Gradebook gradebook(Pack pack) {
        return database.read(() -> {
            List<AttemptScore> summaries = gradebook.scores(pack.id());
            Map<String, Set<String>> studied = gradebook.lessonsStudied(pack.id());
            Map<String, Instant> enrolled = gradebook.enrolled(pack.id());
            Map<String, String> names = gradebook.displayNames(pack.id());
            List<LearnerAccommodation> own = accommodations.forPack(pack.id());
            return build(pack, summaries, studied, enrolled, names, own, clock.instant());
        });
    }

    static Gradebook build(Pack pack, List<AttemptScore> summaries, Map<String, Set<String>> studied, Map<String, Instant> enrolled,
                           Map<String, String> names, List<LearnerAccommodation> own, Instant now) {
        Set<String> lessonIds = new HashSet<>();
        pack.lessons().forEach(lesson -> lessonIds.add(lesson.id()));
        Map<String, Map<String, List<AttemptScore>>> byLearner = new HashMap<>();
        for (AttemptScore summary : summaries) {
            byLearner.computeIfAbsent(summary.learner(), learner -> new HashMap<>())
                    .computeIfAbsent(summary.quizId(), quiz -> new ArrayList<>()).add(summary);
        }
        Map<String, Set<String>> accommodatedAt = new HashMap<>();
        own.forEach(found -> accommodatedAt.computeIfAbsent(found.learner(), learner -> new HashSet<>()).add(found.quizId()));
        var learners = new TreeSet<String>();
        learners.addAll(byLearner.keySet());
        learners.addAll(studied.keySet());
        learners.addAll(enrolled.keySet());
        var rows = new ArrayList<Row>(learners.size());
        for (String learner : learners) {
            Map<String, List<AttemptScore>> theirs = byLearner.getOrDefault(learner, Map.of());
            Set<String> accommodated = accommodatedAt.getOrDefault(learner, Set.of());
            var cells = new ArrayList<Cell>(pack.quizzes().size());
            for (Quiz quiz : pack.quizzes()) {
                cells.add(cell(quiz.rules(), theirs.getOrDefault(quiz.id(), List.of()), accommodated.contains(quiz.id())));
            }
            int lessons = (int) studied.getOrDefault(learner, Set.of()).stream().filter(lessonIds::contains).count();
            rows.add(new Row(learner, names.getOrDefault(learner, learner), List.copyOf(cells), lessons));
        }
        var perLesson = new HashMap<String, Integer>();
        studied.values().forEach(lessons -> lessons.stream().filter(lessonIds::contains).forEach(lesson -> perLesson.merge(lesson, 1, Integer::sum)));
        return new Gradebook(pack, pack.quizzes(), pack.lessons().size(), List.copyOf(rows), own, Map.copyOf(perLesson), now);
    }

    /** A learner's grade at one quiz from their attempts there (first to last), by the quiz's rules. */
    static Cell cell(QuizRules rules, List<AttemptScore> attempts, boolean accommodated) {
        if (attempts.isEmpty()) {
            return accommodated ? new Cell(Optional.empty(), Optional.empty(), 0, false, true) : Cell.EMPTY;
        }
        List<AttemptScore> ordered = attempts.size() < 2 ? attempts : attempts.stream().sorted(Comparator.comparingInt(AttemptScore::number)).toList();
        List<BigDecimal> percents = ordered.stream().flatMap(attempt -> attempt.percent().stream()).toList();
        // To two places, as every percentage Sala shows; pass or fail is judged on the grade as shown.
        Optional<BigDecimal> grade = rules.gradingMethod().combine(percents).map(percent -> percent.setScale(2, java.math.RoundingMode.HALF_UP));
        Optional<Boolean> passed = grade.flatMap(percent -> Attempts.passed(rules, new Score(percent, new BigDecimal(100))));
        boolean open = ordered.stream().anyMatch(attempt -> attempt.state().isOpen());
        return new Cell(grade, passed, percents.size(), open, accommodated);
    }

    /** Every attempt at the course's quizzes with its times (the per-attempt CSV), by learner, quiz and number. */
    public List<AttemptSummary> attempts(Pack pack) {
        return database.read(() -> gradebook.attempts(pack.id()));
    }

    /** How to order the rows: by name, by lessons studied, or by the grade at one quiz (no grade last). */
    public enum Sort {
        NAME, PROGRESS, QUIZ
    }

    /** Which rows to show. */
    public enum Show {
        EVERYONE, ACCOMMODATED, FAILING, NOTHING_ATTEMPTED
    }

    /** One page of rows, and how many rows matched in all. */
    public record Page(List<Row> rows, int matched, int page, int pages) {
    }

    /** The rows matching {@code text} (username or name, any case) and {@code show}, sorted, one page of them (1-based). */
    public static Page page(Gradebook book, String text, Show show, Sort sort, String quizId, boolean descending, int page, int size) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<Row> matching = book.rows().stream()
                .filter(row -> needle.isEmpty() || row.learner().contains(needle) || row.displayName().toLowerCase(Locale.ROOT).contains(needle))
                .filter(row -> switch (show) {
                    case EVERYONE -> true;
                    case ACCOMMODATED -> row.accommodated();
                    case FAILING -> row.failing();
                    case NOTHING_ATTEMPTED -> row.attemptedNothing();
                })
                .toList();
        Comparator<Row> byName = Comparator.comparing((Row row) -> row.displayName().toLowerCase(Locale.ROOT)).thenComparing(Row::learner);
        Comparator<Row> order;
        if (sort == Sort.QUIZ && book.quizIndex(quizId) >= 0) {
            int index = book.quizIndex(quizId);
            Comparator<BigDecimal> grades = descending ? Comparator.<BigDecimal>reverseOrder() : Comparator.<BigDecimal>naturalOrder();
            // Learners without a grade come last either way: they are the ones to look at separately.
            order = Comparator.comparing((Row row) -> row.cells().get(index).grade().orElse(null), Comparator.nullsLast(grades)).thenComparing(byName);
        } else {
            order = sort == Sort.PROGRESS ? Comparator.comparingInt(Row::lessonsStudied).thenComparing(byName) : byName;
            if (descending) {
                order = order.reversed();
            }
        }
        List<Row> sorted = matching.stream().sorted(order).toList();
        int pages = Math.max(1, (sorted.size() + size - 1) / size);
        int shown = Math.min(Math.max(1, page), pages);
        int from = (shown - 1) * size;
        return new Page(sorted.subList(from, Math.min(sorted.size(), from + size)), sorted.size(), shown, pages);
    }

    /** One quiz in a learner's record: the rules they have there, their accommodation, their attempts, their grade. */
    public record LearnerQuiz(Quiz quiz, QuizRules rules, Optional<LearnerAccommodation> accommodation, List<AttemptSummary> attempts, Cell cell) {
    }

    /** A learner in a course, for the instructor: every quiz with their attempts, and the lessons they studied (lesson id to when). */
    public record LearnerRecord(String learner, String displayName, List<LearnerQuiz> quizzes, Map<String, Instant> studied, List<Lesson> lessons) {
    }

    /** The learner's record in the course; empty when they have no account and nothing in the course. */
    public Optional<LearnerRecord> learner(Pack pack, String learner) {
        return database.read(() -> {
            Optional<String> name = accounts.find(learner).map(account -> account.displayName());
            List<AttemptSummary> theirs = gradebook.attempts(pack.id(), learner);
            Map<String, Instant> studied = gradebook.lessonsStudied(pack.id(), learner);
            if (name.isEmpty() && theirs.isEmpty() && studied.isEmpty()) {
                return Optional.<LearnerRecord>empty();
            }
            var quizzes = new ArrayList<LearnerQuiz>();
            for (Quiz quiz : pack.quizzes()) {
                Optional<LearnerAccommodation> own = accommodations.find(learner, pack.id(), quiz.id());
                List<AttemptSummary> attempts = theirs.stream().filter(summary -> summary.quizId().equals(quiz.id()))
                        .sorted(Comparator.comparingInt(AttemptSummary::number)).toList();
                quizzes.add(new LearnerQuiz(quiz, LearnerRules.apply(quiz.rules(), own), own, attempts,
                        cell(quiz.rules(), attempts.stream().map(AttemptSummary::toScore).toList(), own.isPresent())));
            }
            return Optional.of(new LearnerRecord(learner, name.orElse(learner), List.copyOf(quizzes), Map.copyOf(studied), pack.lessons()));
        });
    }

    /** Why an accommodation was not set: a message key and the form field it is about. */
    public record Refused(String field, String messageKey) {
    }

    /**
     * Gives the learner this accommodation at the quiz (in place of any earlier one), recorded as done by
     * {@code actor}; nothing changes when refused.
     */
    public Optional<Refused> accommodate(String actor, Pack pack, Quiz quiz, String learner, Accommodation accommodation) {
        try {
            accommodation.applyTo(quiz.rules());
        } catch (IllegalArgumentException beforeOpening) {
            return Optional.of(new Refused("closes", "accommodation.closesBeforeOpening"));
        }
        return database.write(() -> {
            if (accounts.find(learner).isEmpty()) {
                return Optional.of(new Refused("learner", "accommodation.unknownLearner"));
            }
            Instant now = clock.instant();
            if (accommodation.isNone()) {
                return Optional.of(new Refused("factor", "accommodation.none"));
            }
            accommodations.set(new LearnerAccommodation(learner, pack.id(), quiz.id(), accommodation, actor, now));
            access.record(new AuditEvent(now, actor, "SET_ACCOMMODATION", learner, Optional.of(pack.id()), learner + " at " + quiz.id() + ": "
                    + describe(accommodation)));
            return Optional.empty();
        });
    }

    /** Takes the learner's accommodation at the quiz away (the quiz's own rules apply again); false when there was none. */
    public boolean removeAccommodation(String actor, Pack pack, Quiz quiz, String learner) {
        return database.write(() -> {
            boolean removed = accommodations.remove(learner, pack.id(), quiz.id());
            if (removed) {
                access.record(new AuditEvent(clock.instant(), actor, "REMOVE_ACCOMMODATION", learner, Optional.of(pack.id()),
                        learner + " has the rules of " + quiz.id() + " again"));
            }
            return removed;
        });
    }

    /** The audit list's words for an accommodation (for people; the pages word it from the bundle). */
    static String describe(Accommodation accommodation) {
        var parts = new ArrayList<String>();
        if (accommodation.timeFactor().compareTo(BigDecimal.ONE) != 0) {
            parts.add("time x" + accommodation.timeFactor().toPlainString());
        }
        if (!accommodation.extraTime().isZero()) {
            parts.add("+" + accommodation.extraTime().toMinutes() + " min");
        }
        accommodation.closesAt().ifPresent(closes -> parts.add("closes " + closes));
        if (accommodation.extraAttempts() > 0) {
            parts.add("+" + accommodation.extraAttempts() + " attempt(s)");
        }
        return String.join(", ", parts);
    }

    /**
     * One moment in a learner's own course: a lesson marked studied or an attempt submitted.
     *
     * @param percent  the attempt's grade; empty for a lesson, and for an attempt whose marks the quiz does not show yet
     * @param progress the share of the course's lessons studied by then (percent, whole)
     */
    public record Moment(Instant at, String title, boolean attempt, Optional<BigDecimal> percent, int progress) {
    }

    /**
     * The learner's own course over time, oldest first, for their course page: lessons studied and submitted
     * attempts. An attempt's grade is in it only when the quiz's review options show marks to the learner now.
     */
    public List<Moment> timeline(Pack pack, String learner) {
        Instant now = clock.instant();
        return database.read(() -> {
            var moments = new ArrayList<Moment>();
            Set<String> lessonIds = new HashSet<>();
            pack.lessons().forEach(lesson -> lessonIds.add(lesson.id()));
            record Event(Instant at, String title, Optional<AttemptSummary> attempt, boolean lesson) {
            }
            var events = new ArrayList<Event>();
            gradebook.lessonsStudied(pack.id(), learner).forEach((lessonId, at) -> {
                if (lessonIds.contains(lessonId)) {
                    events.add(new Event(at, pack.lesson(lessonId).map(Lesson::title).orElse(lessonId), Optional.empty(), true));
                }
            });
            for (AttemptSummary attempt : gradebook.attempts(pack.id(), learner)) {
                Optional<Quiz> quiz = pack.quiz(attempt.quizId());
                if (quiz.isPresent() && attempt.submittedAt().isPresent() && attempt.percent().isPresent()) {
                    events.add(new Event(attempt.submittedAt().get(), quiz.get().title(), Optional.of(attempt), false));
                }
            }
            events.sort(Comparator.comparing(Event::at));
            int studied = 0;
            int lessons = Math.max(1, pack.lessons().size());
            for (Event event : events) {
                if (event.lesson()) {
                    studied++;
                    moments.add(new Moment(event.at(), event.title(), false, Optional.empty(), studied * 100 / lessons));
                } else {
                    AttemptSummary attempt = event.attempt().orElseThrow();
                    Quiz quiz = pack.quiz(attempt.quizId()).orElseThrow();
                    QuizRules rules = LearnerRules.apply(quiz.rules(), accommodations.find(learner, pack.id(), quiz.id()));
                    boolean marks = rules.review().at(Attempts.reviewTimeAfter(attempt.submittedAt().get(), rules, now))
                            .contains(org.sala.engine.attempt.ReviewItem.MARKS);
                    moments.add(new Moment(event.at(), event.title(), true, marks ? attempt.percent() : Optional.empty(), studied * 100 / lessons));
                }
            }
            return List.copyOf(moments);
        });
    }
}

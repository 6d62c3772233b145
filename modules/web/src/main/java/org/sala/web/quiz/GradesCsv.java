package org.sala.web.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sala.engine.attempt.Attempts;
import org.sala.pack.model.Quiz;
import org.sala.persistence.attempt.LearnerAccommodation;
import org.sala.persistence.grades.AttemptSummary;
import org.sala.web.quiz.GradebookService.Cell;
import org.sala.web.quiz.GradebookService.Gradebook;
import org.sala.web.quiz.GradebookService.Row;

/**
 * A gradebook as CSV (RFC 4180: comma-separated, fields with a comma, quote or line break quoted, quotes doubled,
 * CRLF after every record, UTF-8), with the figures the gradebook page shows: one row per learner or one per
 * attempt, for the whole course or one quiz. Times are ISO-8601 in UTC; a grade is a percentage with two places.
 * A name that a spreadsheet would run as a formula (starting with {@code = + - @}) is written after a quote mark.
 */
public final class GradesCsv {

    private GradesCsv() {
    }

    /** One row per learner: their lessons, then per quiz (all, or {@code only}) the grade, the result and the attempts. */
    public static String learners(Gradebook book, Optional<Quiz> only) {
        List<Quiz> quizzes = only.map(List::of).orElse(book.quizzes());
        var out = new StringBuilder();
        var header = new ArrayList<String>(List.of("username", "name", "lessons studied", "lessons"));
        for (Quiz quiz : quizzes) {
            header.add(quiz.title() + " (grade %)");
            header.add(quiz.title() + " (result)");
            header.add(quiz.title() + " (attempts)");
            header.add(quiz.title() + " (accommodation)");
        }
        record(out, header);
        for (Row row : book.rows()) {
            var fields = new ArrayList<String>(List.of(row.learner(), text(row.displayName()), String.valueOf(row.lessonsStudied()),
                    String.valueOf(book.lessons())));
            for (Quiz quiz : quizzes) {
                Cell cell = row.cells().get(book.quizIndex(quiz.id()));
                fields.add(cell.grade().map(BigDecimal::toPlainString).orElse(""));
                fields.add(cell.passed().map(passed -> passed ? "passed" : "failed").orElse(""));
                fields.add(String.valueOf(cell.submitted()) + (cell.open() ? "+1 open" : ""));
                fields.add(cell.accommodated() ? "yes" : "");
            }
            record(out, fields);
        }
        return out.toString();
    }

    /** One row per attempt (all quizzes, or {@code only}), by learner, quiz and attempt number. */
    public static String attempts(Gradebook book, List<AttemptSummary> all, Optional<Quiz> only) {
        var out = new StringBuilder();
        record(out, List.of("username", "name", "quiz id", "quiz", "attempt", "state", "started", "submitted", "finished by",
                "marks", "out of", "grade %", "result", "accommodation"));
        var names = new java.util.HashMap<String, String>();
        book.rows().forEach(row -> names.put(row.learner(), row.displayName()));
        Set<String> accommodated = new HashSet<>();
        for (LearnerAccommodation found : book.accommodations()) {
            accommodated.add(found.learner() + "\n" + found.quizId());
        }
        for (AttemptSummary attempt : all) {
            Optional<Quiz> quiz = book.pack().quiz(attempt.quizId());
            if (quiz.isEmpty() || only.isPresent() && !only.get().id().equals(attempt.quizId())) {
                continue;
            }
            boolean submitted = attempt.percent().isPresent();
            record(out, List.of(attempt.learner(), text(names.getOrDefault(attempt.learner(), attempt.learner())), attempt.quizId(),
                    quiz.get().title(), String.valueOf(attempt.number()), attempt.state().name().toLowerCase(java.util.Locale.ROOT),
                    time(attempt.startedAt()), attempt.submittedAt().map(GradesCsv::time).orElse(""),
                    attempt.finishedBy().map(by -> by.name().toLowerCase(java.util.Locale.ROOT)).orElse(""),
                    submitted ? attempt.score().map(score -> score.earned().stripTrailingZeros().toPlainString()).orElse("") : "",
                    submitted ? attempt.score().map(score -> score.possible().stripTrailingZeros().toPlainString()).orElse("") : "",
                    attempt.percent().map(BigDecimal::toPlainString).orElse(""),
                    submitted ? attempt.score().flatMap(score -> Attempts.passed(quiz.get().rules(), score))
                            .map(passed -> passed ? "passed" : "failed").orElse("") : "",
                    accommodated.contains(attempt.learner() + "\n" + attempt.quizId()) ? "yes" : ""));
        }
        return out.toString();
    }

    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A text a person typed: kept from being read as a formula by a spreadsheet. */
    static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static void record(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** One field, quoted when it holds a comma, a quote or a line break (RFC 4180, 2.6 and 2.7). */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

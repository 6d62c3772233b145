package org.sala.pack.interchange;

import java.util.List;
import org.sala.pack.Problem;
import org.sala.pack.model.PackQuestion;

/**
 * What reading an interchange file gave: every question that could be imported, in file order, and every
 * problem (errors and warnings) in line order. A question with an error is left out; the others are still
 * imported, so one typo does not cost an instructor the whole file. An error at no question (the file
 * cannot be read at all) means nothing was imported.
 */
public record ImportResult(List<ImportedQuestion> questions, List<Problem> problems) {

    public ImportResult {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    /** Nothing imported, for this one reason (the file could not be read at all). */
    public static ImportResult unreadable(Problem error) {
        return new ImportResult(List.of(), List.of(error));
    }

    /** The questions without the categories they were filed under, for a pack that files questions in banks. */
    public List<PackQuestion> packQuestions() {
        return questions.stream().map(ImportedQuestion::question).toList();
    }

    public List<Problem> errors() {
        return problems.stream().filter(problem -> problem.severity() == Problem.Severity.ERROR).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(problem -> problem.severity() == Problem.Severity.WARNING).toList();
    }
}

package org.sala.pack.interchange;

import java.util.List;
import org.sala.pack.Problem;

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

    public List<Problem> errors() {
        return problems.stream().filter(problem -> problem.severity() == Problem.Severity.ERROR).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(problem -> problem.severity() == Problem.Severity.WARNING).toList();
    }
}

package org.sala.pack.moodle;

import java.util.List;
import org.sala.pack.Problem;
import org.sala.pack.gift.ImportedQuestion;

/**
 * What reading a Moodle XML file gave: every question that could be imported, in file order, each with
 * the Moodle category it was filed under, and every problem (errors and warnings) in line order. A
 * question with an error is left out; the others are still imported. An error at no question (the file
 * is not well-formed XML, has a DOCTYPE, or is not a {@code <quiz>}) means nothing was imported.
 */
public record MoodleXmlImportResult(List<ImportedQuestion> questions, List<Problem> problems) {

    public MoodleXmlImportResult {
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

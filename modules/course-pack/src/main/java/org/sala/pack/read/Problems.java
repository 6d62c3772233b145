package org.sala.pack.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sala.pack.Problem;
import org.sala.pack.Problem.Severity;

/** Collects the problems found while reading one pack, in file and line order. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void error(String file, int line, int column, String message) {
        found.add(new Problem(Severity.ERROR, file, line, column, message));
    }

    void warning(String file, int line, int column, String message) {
        found.add(new Problem(Severity.WARNING, file, line, column, message));
    }

    boolean hasErrors() {
        return found.stream().anyMatch(problem -> problem.severity() == Severity.ERROR);
    }

    List<Problem> sorted() {
        return found.stream()
                .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
    }
}

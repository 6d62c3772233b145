package org.sala.pack.read;

import java.util.List;
import java.util.Optional;
import org.sala.pack.Problem;
import org.sala.pack.model.Pack;

/**
 * What reading a pack gave: the pack if it has no error, and every problem found (errors and warnings)
 * in file and line order.
 */
public record ReadResult(String location, Optional<Pack> pack, List<Problem> problems) {

    public ReadResult {
        problems = List.copyOf(problems);
    }

    public List<Problem> errors() {
        return problems.stream().filter(problem -> problem.severity() == Problem.Severity.ERROR).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(problem -> problem.severity() == Problem.Severity.WARNING).toList();
    }
}

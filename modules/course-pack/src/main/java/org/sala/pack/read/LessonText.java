package org.sala.pack.read;

import java.util.List;
import java.util.Optional;
import org.sala.pack.Problem;
import org.sala.pack.model.Lesson;

/** One lesson file checked on its own, as reading the pack checks it: the lesson, if it is valid, and every problem. */
public final class LessonText {

    private LessonText() {
    }

    /** What checking a lesson gave. */
    public record Checked(Optional<Lesson> lesson, List<Problem> problems) {

        public Checked {
            problems = List.copyOf(problems);
        }
    }

    /** Checks the text of the lesson file at {@code path}; lines are those of the file. */
    public static Checked check(String path, String text) {
        var problems = new Problems();
        Optional<Lesson> lesson = LessonReader.read(path, text, problems);
        return new Checked(problems.hasErrors() ? Optional.empty() : lesson, problems.sorted());
    }
}

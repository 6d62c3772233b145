package org.sala.pack;

import java.util.Objects;

/**
 * Something wrong (an error) or weak (a warning) in a pack, located where an instructor can find it.
 *
 * @param file    path of the file inside the pack, e.g. {@code quizzes/asean.yaml}
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param column  1-based column, or 0 when not known
 * @param message what is wrong and, where it can be said, what would be right
 */
public record Problem(Severity severity, String file, int line, int column, String message) {

    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:column: message}, with {@code warning: } before warnings. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + Math.max(column, 1) : file;
        return where + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}

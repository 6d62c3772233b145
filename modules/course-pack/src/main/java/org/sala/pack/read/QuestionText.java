package org.sala.pack.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sala.engine.question.Question;
import org.sala.pack.Problem;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.write.BankWriter;

/**
 * A question's canonical text and its version. The text is the question alone in the pack format (as
 * {@link BankWriter} writes it, without the pack's tags, sections or difficulty, which do not change how
 * it is asked or graded); reading it gives an equal question back. The version is the SHA-256 of that
 * text: two questions have the same version exactly when they ask and grade the same way. Attempts keep
 * the versions they were assembled from, so a later edit of the pack never changes an attempt.
 */
public final class QuestionText {

    private static final String FILE = "question";

    private QuestionText() {
    }

    /** The canonical text of a question. */
    public static String write(Question question) {
        return BankWriter.writeQuestion(PackQuestion.of(question));
    }

    /** The version of a canonical text: 64 hexadecimal digits. */
    public static String version(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The version of a question. */
    public static String version(Question question) {
        return version(write(question));
    }

    /** What checking one question in its pack gave: the question, if it is valid, and every problem. */
    public record Checked(Optional<PackQuestion> question, List<Problem> problems) {

        public Checked {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Checks one question as a bank of the pack would hold it ({@code section:} references are checked
     * against the pack's lessons, a bare anchor is in {@code bankLesson}). The same reader and messages as
     * validating the whole pack; lines and columns are those of {@code text}, in a file named "question".
     */
    public static Checked check(String text, Map<String, Lesson> lessons, Optional<String> bankLesson) {
        var problems = new Problems();
        Optional<PackQuestion> question = YamlMap.parse(FILE, text, 0, "the question", QuestionReader.keys(), problems)
                .flatMap(map -> new QuestionReader(lessons, bankLesson).read(map));
        return new Checked(problems.hasErrors() ? Optional.empty() : question, problems.sorted());
    }

    /**
     * The question a canonical text holds.
     *
     * @throws IllegalArgumentException naming every problem (line and column in the text) when it holds none
     */
    public static Question read(String text) {
        var problems = new Problems();
        Optional<PackQuestion> question = YamlMap.parse(FILE, text, 0, "the question", QuestionReader.keys(), problems)
                .flatMap(map -> new QuestionReader(Map.of(), Optional.empty()).read(map));
        if (question.isEmpty() || problems.hasErrors()) {
            throw new IllegalArgumentException("not a question in the pack format: " + problems.sorted().stream()
                    .filter(problem -> problem.severity() == Problem.Severity.ERROR).map(Problem::toString)
                    .collect(Collectors.joining("; ")));
        }
        return question.get().question();
    }
}

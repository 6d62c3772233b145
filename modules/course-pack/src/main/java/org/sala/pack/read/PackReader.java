package org.sala.pack.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackInfo;
import org.sala.pack.model.Quiz;

/**
 * Reads a pack from its source: {@code pack.yaml}, then every lesson and quiz it lists. All problems are
 * reported, not just the first; the pack is built only if there is no error.
 *
 * <pre>
 * pack.yaml                 id, title, version, language, description, lessons: [...], quizzes: [...]
 * lessons/NAME.md           front matter (id, title, order, minutes, objectives) + Markdown
 * quizzes/NAME.yaml         id, title, description, lesson, questions: [...]
 * </pre>
 */
public final class PackReader {

    private static final Set<String> MANIFEST_KEYS =
            Set.of("id", "title", "version", "language", "description", "lessons", "quizzes");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private PackReader() {
    }

    public static ReadResult read(PackSource source) {
        var problems = new Problems();
        Optional<Pack> pack = read(source, problems);
        return new ReadResult(source.location(), problems.hasErrors() ? Optional.empty() : pack, problems.sorted());
    }

    private static Optional<Pack> read(PackSource source, Problems problems) {
        Optional<String> manifestText = file(source, PackSource.MANIFEST, problems);
        if (manifestText.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlMap> parsed = YamlMap.parse(PackSource.MANIFEST, manifestText.get(), 0, "the pack", MANIFEST_KEYS, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap manifest = parsed.get();
        Optional<String> id = manifest.requiredString("id");
        id.ifPresent(value -> checkId(manifest, "id", value));
        Optional<String> title = manifest.requiredString("title");
        Optional<String> version = manifest.requiredString("version");
        String language = manifest.string("language").orElse("en");
        String description = manifest.string("description").orElse("");

        Map<String, Lesson> lessons = new LinkedHashMap<>();
        for (String path : manifest.strings("lessons")) {
            file(source, path, problems).flatMap(text -> LessonReader.read(path, text, problems)).ifPresent(lesson -> {
                if (lessons.putIfAbsent(lesson.id(), lesson) != null) {
                    problems.error(path, 2, 1, "lesson id '" + lesson.id() + "' is already used by another lesson");
                }
            });
        }
        if (manifest.strings("lessons").isEmpty()) {
            manifest.errorAt("lessons", "the pack lists no lessons (lessons: [lessons/first.md, ...])");
        }
        var quizzes = new ArrayList<Quiz>();
        var quizIds = new LinkedHashMap<String, String>();
        for (String path : manifest.strings("quizzes")) {
            file(source, path, problems).flatMap(text -> QuizReader.read(path, text, lessons, problems)).ifPresent(quiz -> {
                String other = quizIds.putIfAbsent(quiz.id(), path);
                if (other != null) {
                    problems.error(path, 1, 1, "quiz id '" + quiz.id() + "' is already used by " + other);
                } else {
                    quizzes.add(quiz);
                }
            });
        }
        if (id.isEmpty() || title.isEmpty() || version.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Pack(new PackInfo(id.get(), title.get(), version.get(), language, description),
                List.copyOf(lessons.values()), quizzes));
    }

    private static Optional<String> file(PackSource source, String path, Problems problems) {
        try {
            Optional<String> text = source.read(path);
            if (text.isEmpty()) {
                problems.error(path, 0, 0, path.equals(PackSource.MANIFEST)
                        ? "no pack.yaml at the root of the pack " + source.location()
                        : "the file is listed in pack.yaml but is not in the pack");
            }
            return text;
        } catch (IOException e) {
            problems.error(path, 0, 0, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    static void checkId(YamlMap map, String key, String value) {
        if (!ID.matcher(value).matches()) {
            map.errorAt(key, "id '" + value + "' may hold only lower-case letters, digits and hyphens, e.g. asean-entry-date");
        }
    }
}

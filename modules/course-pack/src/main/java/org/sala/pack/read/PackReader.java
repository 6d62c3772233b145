package org.sala.pack.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sala.pack.model.Bank;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackInfo;
import org.sala.pack.model.Quiz;

/**
 * Reads a pack from its source: {@code pack.yaml}, then every lesson and quiz it lists. All problems are
 * reported, not just the first; the pack is built only if there is no error.
 *
 * <pre>
 * pack.yaml                 id, title, version, language, authors, licence, description,
 *                           lessons: [...], banks: [...], quizzes: [...]
 * lessons/NAME.md           front matter (id, title, order, minutes, objectives) + Markdown
 * banks/NAME.yaml           id, title, lesson, questions: [...]
 * quizzes/NAME.yaml         id, title, settings, questions: [...], include: [...], draws: [...]
 * </pre>
 */
public final class PackReader {

    private static final Set<String> MANIFEST_KEYS =
            Set.of("id", "title", "version", "language", "authors", "licence", "description", "lessons", "banks", "quizzes");
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

        Map<String, Lesson> lessons = new LinkedHashMap<>();
        Map<String, String> lessonFiles = new LinkedHashMap<>();
        for (String path : manifest.strings("lessons")) {
            file(source, path, problems).flatMap(text -> LessonReader.read(path, text, problems)).ifPresent(lesson -> {
                if (lessons.putIfAbsent(lesson.id(), lesson) != null) {
                    problems.error(path, 2, 1, "lesson id '" + lesson.id() + "' is already used by " + lessonFiles.get(lesson.id()));
                } else {
                    lessonFiles.put(lesson.id(), path);
                }
            });
        }
        if (manifest.strings("lessons").isEmpty()) {
            manifest.errorAt("lessons", "the pack lists no lessons (lessons: [lessons/first.md, ...])");
        }

        Map<String, String> where = new LinkedHashMap<>();
        var banks = new ArrayList<Bank>();
        var bankIds = new LinkedHashMap<String, String>();
        for (String path : manifest.strings("banks")) {
            file(source, path, problems).flatMap(text -> QuizReader.readBank(path, text, lessons, where, problems)).ifPresent(bank -> {
                String other = bankIds.putIfAbsent(bank.id(), path);
                if (other != null) {
                    problems.error(path, 1, 1, "bank id '" + bank.id() + "' is already used by " + other);
                } else {
                    banks.add(bank);
                }
            });
        }
        var drafts = new ArrayList<QuizReader.Draft>();
        var quizIds = new LinkedHashMap<String, String>();
        for (String path : manifest.strings("quizzes")) {
            file(source, path, problems).flatMap(text -> QuizReader.readQuiz(path, text, lessons, where, problems)).ifPresent(draft -> {
                String other = quizIds.putIfAbsent(draft.id(), path);
                if (other != null) {
                    problems.error(path, 1, 1, "quiz id '" + draft.id() + "' is already used by " + other);
                } else {
                    drafts.add(draft);
                }
            });
        }
        Map<String, PackQuestion> questions = new LinkedHashMap<>();
        banks.forEach(bank -> bank.questions().forEach(question -> questions.put(question.id(), question)));
        drafts.forEach(draft -> draft.written().forEach(question -> questions.put(question.id(), question)));
        var quizzes = new ArrayList<Quiz>();
        for (QuizReader.Draft draft : drafts) {
            QuizReader.complete(draft, questions).ifPresent(quizzes::add);
        }
        warnAboutLessonsWithoutQuestions(lessons, lessonFiles, questions.values(), problems);
        warnAboutFactsOfOneQuestion(questions.values(), where, problems);
        if (id.isEmpty() || title.isEmpty() || version.isEmpty()) {
            return Optional.empty();
        }
        var info = new PackInfo(id.get(), title.get(), version.get(), manifest.string("language").orElse("en"),
                manifest.stringOrStrings("authors"), manifest.string("licence").orElse(""), manifest.string("description").orElse(""));
        return Optional.of(new Pack(info, List.copyOf(lessons.values()), banks, quizzes));
    }

    private static void warnAboutLessonsWithoutQuestions(Map<String, Lesson> lessons, Map<String, String> lessonFiles,
                                                         java.util.Collection<PackQuestion> questions, Problems problems) {
        var taught = new java.util.HashSet<String>();
        questions.forEach(question -> question.sections().forEach(section -> taught.add(section.lessonId())));
        lessons.keySet().stream().filter(lessonId -> !taught.contains(lessonId)).forEach(lessonId ->
                problems.warning(lessonFiles.get(lessonId), 1, 1, "lesson '" + lessonId
                        + "' has no question: no question names one of its sections"));
    }

    /** A fact named by one question only groups nothing: most likely a misspelling of another question's fact. */
    private static void warnAboutFactsOfOneQuestion(java.util.Collection<PackQuestion> questions, Map<String, String> where,
                                                    Problems problems) {
        var byFact = new LinkedHashMap<String, List<String>>();
        questions.forEach(question -> question.fact().ifPresent(fact ->
                byFact.computeIfAbsent(fact, key -> new ArrayList<>()).add(question.id())));
        byFact.forEach((fact, ids) -> {
            if (ids.size() == 1) {
                String location = where.get(ids.get(0));
                int column = location.lastIndexOf(':');
                int line = location.lastIndexOf(':', column - 1);
                problems.warning(location.substring(0, line), Integer.parseInt(location.substring(line + 1, column)),
                        Integer.parseInt(location.substring(column + 1)), "question '" + ids.get(0) + "' is the only one with fact '"
                                + fact + "'; give the same fact to the questions that test the same thing, or remove it");
            }
        });
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

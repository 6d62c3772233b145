package org.sala.web.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sala.engine.assembly.AssembledQuestion;
import org.sala.engine.assembly.Assembler;
import org.sala.engine.response.Response;
import org.sala.engine.scoring.Grader;
import org.sala.engine.scoring.QuestionGrade;
import org.sala.pack.Problem;
import org.sala.pack.edit.PackEdits;
import org.sala.pack.edit.QuestionChange;
import org.sala.pack.model.Bank;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.read.PackFiles;
import org.sala.pack.read.PackReader;
import org.sala.pack.read.PackSource;
import org.sala.pack.read.QuestionText;
import org.sala.pack.read.ReadResult;
import org.sala.pack.read.Sources;
import org.sala.pack.write.BankWriter;
import org.sala.persistence.account.AccessRepository;
import org.sala.persistence.account.AuditEvent;
import org.sala.persistence.authoring.AuthoringRepository;
import org.sala.persistence.authoring.FileDraft;
import org.sala.persistence.authoring.PackRelease;
import org.sala.persistence.authoring.QuestionDraft;
import org.sala.web.content.PackCatalog;
import org.sala.web.database.SalaDatabase;

/**
 * A course's editors change its questions in the browser. A change is a draft until it is published: it
 * survives restarts, is shared by the course's editors, and carries a revision, so an editor who saves over
 * a copy someone else changed meanwhile is told instead of overwriting it. A draft is checked by the same
 * reader and with the same messages as {@code sala-pack validate}. Publishing applies every draft of the
 * course to its files, validates the whole pack (an error blocks it), and stores the result as a new release
 * that every node serves from then on; attempts keep the question versions they started with. Every change
 * is recorded in the audit list of the course.
 */
@ApplicationScoped
public class AuthoringService {

    /** How many audit events of a course its editing page lists. */
    public static final int EVENTS_LISTED = 50;

    /** The seed a preview is shuffled with: an editor sees the same order on every preview. */
    private static final long PREVIEW_SEED = 1;

    @Inject
    Clock clock;

    @Inject
    SalaDatabase database;

    @Inject
    AuthoringRepository authoring;

    @Inject
    AccessRepository access;

    @Inject
    PackCatalog catalog;

    /** Where published versions are written back as files, if the deployment names a git working copy. */
    Optional<GitWorkingCopy> git = GitWorkingCopy.configured();

    /** Who is editing: the account, and whether it is an administrator (who may edit every course). */
    public record Editor(String username, boolean admin) {
    }

    /** An editing action by an account that may not edit the course. */
    public static final class NotAnEditor extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAnEditor(String username, String packId) {
            super(username + " may not edit course " + packId);
        }
    }

    /** Where a question stands: as published, changed in a draft, new in a draft, or retired in a draft. */
    public enum State { PUBLISHED, CHANGED, NEW, RETIRED }

    /** One question of a bank as the course's editing page lists it. */
    public record Entry(String questionId, String type, String prompt, State state, Optional<QuestionDraft> draft) {
    }

    /** A bank and its questions, drafts included. */
    public record BankEntries(String id, String title, List<Entry> entries) {
    }

    /**
     * What the course's editing page shows: its banks with every question and draft, the questions written in
     * quiz files (edited in the files), the releases published in the browser, and the course's audit events.
     */
    public record Workspace(Pack pack, List<BankEntries> banks, List<String> writtenInQuizzes, int drafts, List<FileDraft> fileDrafts,
                            List<PackRelease> releases, List<AuditEvent> events, boolean released) {
    }

    /** A question opened for editing: its text in the pack format, the bank it is in, the revision to save over. */
    public record Opened(String questionId, String bankId, String text, int revision, Optional<String> baseVersion, boolean fresh,
                         Optional<QuestionDraft> draft) {
    }

    /** The outcome of saving a draft. */
    public sealed interface Outcome {
    }

    /** Saved; the warnings the reader had. */
    public record Saved(QuestionDraft draft, List<Problem> warnings) implements Outcome {
    }

    /** Not saved: the question has errors (lines and columns of the text saved). */
    public record Invalid(List<Problem> problems) implements Outcome {
    }

    /**
     * Not saved: someone saved this question or file after the editor opened it (who and when), or published
     * or threw away the draft (both empty).
     */
    public record Conflict(Optional<String> editor, Optional<java.time.Instant> savedAt) implements Outcome {

        static Conflict with(Optional<QuestionDraft> theirs) {
            return new Conflict(theirs.map(QuestionDraft::editor), theirs.map(QuestionDraft::updatedAt));
        }

        static Conflict withFile(Optional<FileDraft> theirs) {
            return new Conflict(theirs.map(FileDraft::editor), theirs.map(FileDraft::updatedAt));
        }
    }

    /** A file saved as a draft; the warnings of its own file, and the errors it would cause elsewhere in the course. */
    public record FileSaved(FileDraft draft, List<Problem> warnings, List<Problem> elsewhere) implements Outcome {
    }

    /** A quiz or lesson file opened for editing: its text, the draft's revision, the version of the file as served. */
    public record OpenedFile(String path, String text, int revision, String baseVersion, Optional<FileDraft> draft) {
    }

    /** The outcome of publishing. */
    public sealed interface Publication {
    }

    /**
     * Published as this release; the warnings of the whole pack; what writing it back to the deployment's git
     * working copy did, where one is configured.
     */
    public record Published(PackRelease release, List<Problem> warnings, Optional<GitWorkingCopy.Written> git) implements Publication {

        public Published(PackRelease release, List<Problem> warnings) {
            this(release, warnings, Optional.empty());
        }
    }

    /** Not published: why, one line each ({@code file:line:column: message} for the pack's errors). */
    public record Blocked(List<String> problems) implements Publication {
    }

    public boolean mayEdit(Editor editor, String packId) {
        return editor.admin() || database.read(() -> access.mayEdit(editor.username(), packId));
    }

    private void requireEditor(Editor editor, String packId) {
        if (!mayEdit(editor, packId)) {
            throw new NotAnEditor(editor.username(), packId);
        }
    }

    public Workspace workspace(Editor editor, Pack pack) {
        requireEditor(editor, pack.id());
        return database.read(() -> {
            Map<String, QuestionDraft> drafts = drafts(pack.id());
            var banks = new ArrayList<BankEntries>();
            for (Bank bank : pack.banks()) {
                var entries = new ArrayList<Entry>();
                for (PackQuestion question : bank.questions()) {
                    Optional<QuestionDraft> draft = Optional.ofNullable(drafts.get(question.id()));
                    State state = draft.map(found -> found.retired() ? State.RETIRED : State.CHANGED).orElse(State.PUBLISHED);
                    entries.add(new Entry(question.id(), BankWriter.type(question.question()), question.question().prompt(), state, draft));
                }
                drafts.values().stream()
                        .filter(draft -> draft.bankId().equals(bank.id()) && bank.questions().stream().noneMatch(q -> q.id().equals(draft.questionId())))
                        .forEach(draft -> entries.add(new Entry(draft.questionId(), typeOf(draft.text()), promptOf(draft.text()),
                                pack.question(draft.questionId()).isPresent() ? State.CHANGED : State.NEW, Optional.of(draft))));
                banks.add(new BankEntries(bank.id(), bank.title(), entries));
            }
            var inBanks = pack.banks().stream().flatMap(bank -> bank.questions().stream()).map(PackQuestion::id).collect(Collectors.toSet());
            List<String> inQuizzes = pack.questions().stream().map(PackQuestion::id).filter(id -> !inBanks.contains(id)).toList();
            List<FileDraft> fileDrafts = authoring.fileDrafts(pack.id());
            return new Workspace(pack, banks, inQuizzes, drafts.size() + fileDrafts.size(), fileDrafts, authoring.releases(pack.id()),
                    access.events(pack.id(), EVENTS_LISTED), catalog.isReleased(pack));
        });
    }

    /** A question of the course (its draft, if it has one), or empty when neither the pack nor a draft has it. */
    public Optional<Opened> open(Editor editor, Pack pack, String questionId) {
        requireEditor(editor, pack.id());
        return database.read(() -> {
            Optional<QuestionDraft> draft = authoring.draft(pack.id(), questionId);
            Optional<PackQuestion> published = pack.question(questionId);
            Optional<String> bank = bankOf(pack, questionId);
            if (draft.isPresent()) {
                QuestionDraft found = draft.get();
                return Optional.of(new Opened(questionId, found.bankId(), found.text(), found.revision(), found.baseVersion(),
                        published.isEmpty(), draft));
            }
            if (published.isEmpty() || bank.isEmpty()) {
                return Optional.empty();
            }
            String text = BankWriter.writeQuestion(published.get());
            return Optional.of(new Opened(questionId, bank.get(), text, 0, Optional.of(QuestionText.version(text)), false, Optional.empty()));
        });
    }

    /** A new question for a bank, not saved yet: only its type and a free id are filled in. */
    public Opened create(Editor editor, Pack pack, String bankId, String type) {
        requireEditor(editor, pack.id());
        String id = freeId(pack, bankId + "-question");
        return new Opened(id, bankId, "id: " + id + "\ntype: " + type + "\n", 0, Optional.empty(), true, Optional.empty());
    }

    /** A copy of a question under a free id, in the same bank, not saved yet. */
    public Optional<Opened> duplicate(Editor editor, Pack pack, String questionId) {
        return open(editor, pack, questionId).map(original -> {
            String id = freeId(pack, questionId + "-copy");
            String text = original.text().replaceFirst("(?m)^id: .*$", "id: " + id);
            return new Opened(id, original.bankId(), text, 0, Optional.empty(), true, Optional.empty());
        });
    }

    /**
     * Checks a question's text in its course: the question (when it is valid) and every problem, as
     * {@code sala-pack validate} words them.
     */
    public QuestionText.Checked check(Pack pack, String text) {
        var lessons = new LinkedHashMap<String, Lesson>();
        pack.lessons().forEach(lesson -> lessons.put(lesson.id(), lesson));
        return QuestionText.check(text, lessons, Optional.empty());
    }

    /**
     * Saves a draft of a question after checking it.
     *
     * @param opened what the editor opened (id, revision, base version); the id of a question that exists
     *               cannot change (attempts and quizzes name it), a new question's id must be free
     */
    public Outcome save(Editor editor, Pack pack, Opened opened, String bankId, String text) {
        requireEditor(editor, pack.id());
        QuestionText.Checked checked = check(pack, text);
        List<Problem> errors = checked.problems().stream().filter(problem -> problem.severity() == Problem.Severity.ERROR).toList();
        if (!errors.isEmpty() || checked.question().isEmpty()) {
            return new Invalid(errors.isEmpty() ? checked.problems() : errors);
        }
        String id = checked.question().get().id();
        if (pack.banks().stream().noneMatch(bank -> bank.id().equals(bankId))) {
            return new Invalid(List.of(new Problem(Problem.Severity.ERROR, "question", 0, 0, "the course has no bank '" + bankId + "'")));
        }
        if ((!opened.fresh() || opened.revision() > 0) && !id.equals(opened.questionId())) {
            return new Invalid(List.of(idProblem(text, "the id of a published question cannot change (quizzes and attempts name it); "
                    + "duplicate the question to give the copy a new id")));
        }
        List<Problem> warnings = checked.problems().stream().filter(problem -> problem.severity() == Problem.Severity.WARNING).toList();
        return database.write(() -> {
            if (opened.fresh() && opened.revision() == 0 && (pack.question(id).isPresent() || authoring.draft(pack.id(), id).isPresent())) {
                return new Invalid(List.of(idProblem(text, "id '" + id + "' is already used by another question of the course")));
            }
            var draft = new QuestionDraft(pack.id(), id, bankId, text, false, opened.baseVersion(), editor.username(), clock.instant(),
                    opened.revision());
            AuthoringRepository.Saved saved = authoring.save(draft);
            if (saved.conflict()) {
                return Conflict.with(authoring.draft(pack.id(), id));
            }
            access.record(new AuditEvent(clock.instant(), editor.username(), "DRAFT_SAVED", id, Optional.of(pack.id()),
                    "draft of " + id + " saved (revision " + saved.draft().revision() + ", bank " + bankId + ")"));
            return new Saved(saved.draft(), warnings);
        });
    }

    /** Marks a published question to leave the course when the drafts are published. */
    public Outcome retire(Editor editor, Pack pack, Opened opened) {
        requireEditor(editor, pack.id());
        return database.write(() -> {
            var draft = new QuestionDraft(pack.id(), opened.questionId(), opened.bankId(), opened.text(), true, opened.baseVersion(),
                    editor.username(), clock.instant(), opened.revision());
            AuthoringRepository.Saved saved = authoring.save(draft);
            if (saved.conflict()) {
                return Conflict.with(authoring.draft(pack.id(), opened.questionId()));
            }
            access.record(new AuditEvent(clock.instant(), editor.username(), "QUESTION_RETIRED", opened.questionId(), Optional.of(pack.id()),
                    opened.questionId() + " marked to be retired"));
            return new Saved(saved.draft(), List.of());
        });
    }

    /** Throws a draft away; the question stays as published (a new question is gone). False when there was none. */
    public boolean discard(Editor editor, Pack pack, String questionId) {
        requireEditor(editor, pack.id());
        return database.write(() -> {
            boolean discarded = authoring.discard(pack.id(), questionId);
            if (discarded) {
                access.record(new AuditEvent(clock.instant(), editor.username(), "DRAFT_DISCARDED", questionId, Optional.of(pack.id()),
                        "draft of " + questionId + " discarded"));
            }
            return discarded;
        });
    }

    /** The path of a quiz's file ({@code quizzes}) or a lesson's ({@code lessons}), by its id; empty when there is none. */
    public Optional<String> pathOf(Pack pack, String kind, String id) {
        return Optional.ofNullable(paths(pack, kind).get(id));
    }

    /** The files of the course's quizzes ({@code quizzes}) or lessons ({@code lessons}), by id. */
    public Map<String, String> paths(Pack pack, String kind) {
        Map<String, String> files = catalog.files(pack);
        var paths = new LinkedHashMap<String, String>();
        try {
            for (String path : PackFiles.listed(files.get(PackSource.MANIFEST), kind)) {
                String text = files.getOrDefault(path, "");
                paths.put(kind.equals("lessons") ? LessonFields.of(text).getId() : QuizFields.of(text).getId(), path);
            }
        } catch (java.io.IOException unreadable) {
            return Map.of();
        }
        return paths;
    }

    /** A file of the course (its draft, if it has one), or empty when the course has no such file. */
    public Optional<OpenedFile> openFile(Editor editor, Pack pack, String path) {
        requireEditor(editor, pack.id());
        String served = catalog.files(pack).get(path);
        if (served == null) {
            return Optional.empty();
        }
        String version = QuestionText.version(served);
        return database.read(() -> Optional.of(authoring.fileDraft(pack.id(), path)
                .map(draft -> new OpenedFile(path, draft.text(), draft.revision(), draft.baseVersion(), Optional.of(draft)))
                .orElseGet(() -> new OpenedFile(path, served, 0, version, Optional.empty()))));
    }

    /**
     * Saves a draft of a whole file after reading the course with it: an error in the file refuses the save;
     * errors it causes in other files (a heading questions point to, removed) are returned, since they block
     * publishing.
     */
    public Outcome saveFile(Editor editor, Pack pack, OpenedFile opened, String text) {
        requireEditor(editor, pack.id());
        var files = new LinkedHashMap<>(catalog.files(pack));
        files.put(opened.path(), text);
        ReadResult read = PackReader.read(Sources.memory("the course with this draft", files));
        List<Problem> here = read.problems().stream().filter(problem -> problem.file().equals(opened.path())).toList();
        List<Problem> errors = here.stream().filter(problem -> problem.severity() == Problem.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            return new Invalid(errors);
        }
        List<Problem> elsewhere = read.errors().stream().filter(problem -> !problem.file().equals(opened.path())).toList();
        return database.write(() -> {
            var saved = authoring.save(new FileDraft(pack.id(), opened.path(), text, opened.baseVersion(), editor.username(),
                    clock.instant(), opened.revision()));
            if (saved.conflict()) {
                return Conflict.withFile(authoring.fileDraft(pack.id(), opened.path()));
            }
            access.record(new AuditEvent(clock.instant(), editor.username(), "DRAFT_SAVED", opened.path(), Optional.of(pack.id()),
                    "draft of " + opened.path() + " saved (revision " + saved.draft().revision() + ")"));
            return new FileSaved(saved.draft(), here.stream().filter(problem -> problem.severity() == Problem.Severity.WARNING).toList(),
                    elsewhere);
        });
    }

    /** Throws a file draft away; false when there was none. */
    public boolean discardFile(Editor editor, Pack pack, String path) {
        requireEditor(editor, pack.id());
        return database.write(() -> {
            boolean discarded = authoring.discardFile(pack.id(), path);
            if (discarded) {
                access.record(new AuditEvent(clock.instant(), editor.username(), "DRAFT_DISCARDED", path, Optional.of(pack.id()),
                        "draft of " + path + " discarded"));
            }
            return discarded;
        });
    }

    /** A lesson's text checked on its own, for the preview: the lesson (sections, Markdown) and its problems. */
    public org.sala.pack.read.LessonText.Checked checkLesson(String path, String text) {
        return org.sala.pack.read.LessonText.check(path, text);
    }

    /** A question an import would add: its id (made free in the course), what it asks, and its own problems. */
    public record ImportItem(String questionId, String type, String prompt, String text, String category, List<String> errors)
            implements java.io.Serializable {

        public ImportItem {
            errors = List.copyOf(errors);
        }

        public boolean importable() {
            return errors.isEmpty();
        }
    }

    /** What reading an uploaded file gave, before anything is saved: the questions, and the importer's problems ({@code file:line: ...}). */
    public record ImportPreview(List<ImportItem> items, List<String> problems) implements java.io.Serializable {

        public ImportPreview {
            items = List.copyOf(items);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads a file of questions from another platform (GIFT, Moodle XML, QTI 3.0) with the same importers as
     * {@code sala-pack import}, and checks each question as the course would hold it. Nothing is saved.
     *
     * @throws IllegalArgumentException naming the known formats when there is no format of that name
     */
    public ImportPreview readImport(Editor editor, Pack pack, String fileName, byte[] content, String formatName) {
        requireEditor(editor, pack.id());
        org.sala.pack.interchange.QuestionFormat format = org.sala.pack.formats.QuestionFormats.named(formatName);
        org.sala.pack.interchange.ImportResult read = format.read(fileName, content);
        var taken = new java.util.HashSet<String>();
        pack.questions().forEach(question -> taken.add(question.id()));
        database.read(() -> authoring.drafts(pack.id())).forEach(draft -> taken.add(draft.questionId()));
        var items = new ArrayList<ImportItem>();
        for (org.sala.pack.interchange.ImportedQuestion imported : read.questions()) {
            PackQuestion question = imported.questionWithCategoryTag();
            String id = question.id();
            for (int n = 2; !taken.add(id); n++) {
                id = question.id() + "-" + n;
            }
            PackQuestion renamed = id.equals(question.id()) ? question : org.sala.pack.write.QuestionRenaming.withId(question, id);
            String text = BankWriter.writeQuestion(renamed);
            List<String> errors = check(pack, text).problems().stream()
                    .filter(problem -> problem.severity() == Problem.Severity.ERROR).map(Problem::message).toList();
            items.add(new ImportItem(id, BankWriter.type(renamed.question()), renamed.question().prompt(), text, imported.category(), errors));
        }
        return new ImportPreview(items, read.problems().stream().map(Problem::toString).toList());
    }

    /** Saves the importable questions of a preview as new drafts in a bank; how many were saved. */
    public int importDrafts(Editor editor, Pack pack, String bankId, String fileName, ImportPreview preview) {
        requireEditor(editor, pack.id());
        if (pack.banks().stream().noneMatch(bank -> bank.id().equals(bankId))) {
            throw new IllegalArgumentException("the course has no bank '" + bankId + "'");
        }
        return database.write(() -> {
            int saved = 0;
            for (ImportItem item : preview.items()) {
                if (item.importable() && pack.question(item.questionId()).isEmpty() && authoring.draft(pack.id(), item.questionId()).isEmpty()) {
                    authoring.save(new QuestionDraft(pack.id(), item.questionId(), bankId, item.text(), false, Optional.empty(),
                            editor.username(), clock.instant(), 0));
                    saved++;
                }
            }
            access.record(new AuditEvent(clock.instant(), editor.username(), "IMPORTED", bankId, Optional.of(pack.id()),
                    saved + " question(s) imported from " + fileName + " into bank " + bankId + " as drafts"));
            return saved;
        });
    }

    /** The question as a learner gets it, in the order the preview shows. */
    public AssembledQuestion preview(PackQuestion question) {
        return Assembler.alone(question.question(), PREVIEW_SEED);
    }

    /** What the engine gives an answer to the question. */
    public QuestionGrade grade(PackQuestion question, Response response) {
        return Grader.grade(question.question(), response);
    }

    /**
     * Publishes every draft of the course: applied to its files, the whole pack validated, stored as the next
     * release, served at once on this node and within {@link PackCatalog#RECHECK_MILLIS} ms on the others.
     */
    public Publication publish(Editor editor, Pack pack, String summary) {
        requireEditor(editor, pack.id());
        Map<String, String> files = catalog.files(pack);
        Publication publication = database.write(() -> {
            List<QuestionDraft> drafts = authoring.drafts(pack.id());
            List<FileDraft> fileDrafts = authoring.fileDrafts(pack.id());
            if (drafts.isEmpty() && fileDrafts.isEmpty()) {
                return new Blocked(List.of("there are no drafts to publish"));
            }
            var problems = new ArrayList<String>();
            var withFiles = new LinkedHashMap<>(files);
            for (FileDraft draft : fileDrafts) {
                String served = files.get(draft.path());
                if (served == null || !QuestionText.version(served).equals(draft.baseVersion())) {
                    problems.add(draft.path() + " changed in the course since this draft was started (a newer version of the course"
                            + " is served); open it, compare and save it again");
                }
                withFiles.put(draft.path(), org.sala.pack.write.PackFormat.file(draft.path(), draft.text()).text());
            }
            for (QuestionDraft draft : drafts) {
                Optional<String> now = pack.question(draft.questionId()).map(question -> QuestionText.version(BankWriter.writeQuestion(question)));
                if (draft.baseVersion().isPresent() && now.isPresent() && !draft.baseVersion().equals(now)
                        || draft.baseVersion().isEmpty() && now.isPresent()) {
                    problems.add("question '" + draft.questionId() + "' changed in the course since this draft was started "
                            + "(a newer version of the course is served); open it, compare and save it again");
                }
            }
            List<QuestionChange> changes = drafts.stream().map(draft -> new QuestionChange(draft.questionId(), draft.bankId(),
                    draft.retired() ? Optional.empty() : Optional.of(draft.text()))).toList();
            PackEdits.Result edited = PackEdits.apply(withFiles, changes);
            problems.addAll(edited.refusals());
            if (!problems.isEmpty()) {
                return new Blocked(problems);
            }
            ReadResult read = PackReader.read(Sources.memory("the course with its drafts", edited.files()));
            if (!read.errors().isEmpty()) {
                return new Blocked(read.errors().stream().map(Problem::toString).toList());
            }
            int number = authoring.latestNumbers().getOrDefault(pack.id(), 0) + 1;
            String changed = java.util.stream.Stream.concat(fileDrafts.stream().map(FileDraft::path),
                    drafts.stream().map(draft -> draft.questionId() + (draft.retired() ? " (retired)" : ""))).collect(Collectors.joining(", "));
            String line = summary == null || summary.isBlank() ? changed : summary.strip() + " (" + changed + ")";
            var release = new PackRelease(pack.id(), number, edited.version(), editor.username(), clock.instant(), line, edited.files());
            authoring.add(release);
            drafts.forEach(draft -> authoring.discard(pack.id(), draft.questionId()));
            fileDrafts.forEach(draft -> authoring.discardFile(pack.id(), draft.path()));
            access.record(new AuditEvent(clock.instant(), editor.username(), "PUBLISHED", pack.id(), Optional.of(pack.id()),
                    "version " + edited.version() + " published: " + line));
            return new Published(release, read.warnings());
        });
        if (publication instanceof Published published) {
            catalog.reload();
            if (git.isPresent()) {
                return new Published(published.release(), published.warnings(), Optional.of(writeBack(git.get(), published.release())));
            }
        }
        return publication;
    }

    /** Writes a release to the git working copy, after its transaction, and records what happened. */
    private GitWorkingCopy.Written writeBack(GitWorkingCopy workingCopy, PackRelease release) {
        GitWorkingCopy.Written written = workingCopy.write(release.packId(), release.version(), release.files(), release.publishedBy(),
                release.summary());
        database.write(() -> {
            access.record(new AuditEvent(clock.instant(), release.publishedBy(), written.ok() ? "WRITTEN_TO_GIT" : "GIT_WRITE_FAILED",
                    release.packId(), Optional.of(release.packId()), "version " + release.version() + " " + written.message()));
            return null;
        });
        return written;
    }

    /** The question's id and a free one made from it: {@code base}, then {@code base-2}, {@code base-3}... */
    private String freeId(Pack pack, String base) {
        String slug = base.length() > 90 ? base.substring(0, 90) : base;
        Map<String, QuestionDraft> drafts = database.read(() -> drafts(pack.id()));
        String id = slug;
        for (int n = 2; pack.question(id).isPresent() || drafts.containsKey(id); n++) {
            id = slug + "-" + n;
        }
        return id;
    }

    private Map<String, QuestionDraft> drafts(String packId) {
        var drafts = new LinkedHashMap<String, QuestionDraft>();
        authoring.drafts(packId).forEach(draft -> drafts.put(draft.questionId(), draft));
        return drafts;
    }

    private static Optional<String> bankOf(Pack pack, String questionId) {
        return pack.banks().stream().filter(bank -> bank.questions().stream().anyMatch(question -> question.id().equals(questionId)))
                .map(Bank::id).findFirst();
    }

    private static Problem idProblem(String text, String message) {
        int line = 1;
        for (String row : text.split("\n", -1)) {
            if (row.startsWith("id:")) {
                return new Problem(Problem.Severity.ERROR, "question", line, 1, message);
            }
            line++;
        }
        return new Problem(Problem.Severity.ERROR, "question", 0, 0, message);
    }

    private static String typeOf(String text) {
        return text.lines().filter(line -> line.startsWith("type:")).map(line -> line.substring(5).strip()).findFirst().orElse("");
    }

    private static String promptOf(String text) {
        return text.lines().filter(line -> line.startsWith("prompt:")).map(line -> line.substring(7).strip()).findFirst().orElse("");
    }
}

package org.sala.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.response.Response;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.read.PackReader;
import org.sala.pack.read.ReadResult;
import org.sala.pack.read.Sources;
import org.sala.pack.write.BankWriter;
import org.sala.persistence.authoring.PackRelease;
import org.sala.persistence.authoring.QuestionDraft;
import org.sala.web.TestClock;
import org.sala.web.content.PackCatalog;
import org.sala.web.database.SalaDatabase;
import org.sala.web.quiz.InMemoryAccess;

/** Drafts, conflicts and publishing over the course pack, with repositories kept in memory. */
class AuthoringServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final PackCatalog CATALOG = PackCatalog.loaded();
    private static final AuthoringService.Editor SOKHA = new AuthoringService.Editor("sokha", false);
    private static final AuthoringService.Editor DARA = new AuthoringService.Editor("dara", false);
    private static final AuthoringService.Editor ADMIN = new AuthoringService.Editor("admin", true);

    private final InMemoryAuthoring stored = new InMemoryAuthoring();
    private final InMemoryAccess access = new InMemoryAccess();
    private final TestClock clock = new TestClock(NOW);
    private final AuthoringService service = new AuthoringService();
    private Pack course;

    @BeforeEach
    void wire() {
        service.clock = clock;
        service.database = SalaDatabase.inMemory();
        service.authoring = stored;
        service.access = access;
        service.catalog = CATALOG;
        course = CATALOG.pack("cambodian-foreign-policy").orElseThrow();
        access.grant(new org.sala.persistence.account.CourseEditor("sokha", course.id(), "admin", NOW));
        access.grant(new org.sala.persistence.account.CourseEditor("dara", course.id(), "admin", NOW));
    }

    private PackQuestion shortAnswer() {
        return course.questions().stream().filter(question -> question.question() instanceof ShortAnswerQuestion).findFirst().orElseThrow();
    }

    private AuthoringService.Opened open(AuthoringService.Editor editor, String id) {
        return service.open(editor, course, id).orElseThrow();
    }

    private static String reworded(AuthoringService.Opened opened, String prompt) {
        QuestionFields fields = QuestionFields.of(opened.text());
        fields.getValues().put("prompt", prompt);
        return fields.text();
    }

    @Test
    void aDraftIsSavedByRevisionAndASecondEditorWithAnOlderCopyIsToldWithoutOverwriting() {
        String id = shortAnswer().id();
        AuthoringService.Opened sokhasCopy = open(SOKHA, id);
        AuthoringService.Opened darasCopy = open(DARA, id);

        var saved = service.save(SOKHA, course, sokhasCopy, sokhasCopy.bankId(), reworded(sokhasCopy, "Sokha's wording?"));
        assertThat(saved).isInstanceOf(AuthoringService.Saved.class);
        assertThat(((AuthoringService.Saved) saved).draft().revision()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        var refused = service.save(DARA, course, darasCopy, darasCopy.bankId(), reworded(darasCopy, "Dara's wording?"));

        assertThat(refused).isInstanceOfSatisfying(AuthoringService.Conflict.class,
                conflict -> assertThat(conflict.editor()).contains("sokha"));
        assertThat(open(DARA, id).text()).contains("Sokha's wording?");
        assertThat(open(DARA, id).revision()).isEqualTo(1);
        assertThat(access.events).extracting(event -> event.action()).containsExactly("DRAFT_SAVED");
    }

    @Test
    void anInvalidQuestionIsRefusedWithTheReadersProblemsAndNothingIsStored() {
        AuthoringService.Opened opened = open(SOKHA, shortAnswer().id());
        QuestionFields fields = QuestionFields.of(opened.text());
        fields.getValues().put("points", "many");
        fields.getValues().put("prompt", "");

        var outcome = service.save(SOKHA, course, opened, opened.bankId(), fields.text());

        assertThat(outcome).isInstanceOfSatisfying(AuthoringService.Invalid.class, invalid -> assertThat(invalid.problems())
                .extracting(problem -> fields.inputOf(problem, fields.text()).orElse("?")).contains("points", "id"));
        assertThat(stored.drafts(course.id())).isEmpty();
    }

    @Test
    void aPublishedQuestionKeepsItsIdAndANewOneNeedsAFreeId() {
        AuthoringService.Opened opened = open(SOKHA, shortAnswer().id());
        String renamed = opened.text().replaceFirst("(?m)^id: .*$", "id: a-new-name");
        assertThat(service.save(SOKHA, course, opened, opened.bankId(), renamed)).isInstanceOfSatisfying(AuthoringService.Invalid.class,
                invalid -> assertThat(invalid.problems().get(0).message()).contains("cannot change"));

        AuthoringService.Opened copy = service.duplicate(SOKHA, course, shortAnswer().id()).orElseThrow();
        assertThat(copy.questionId()).isEqualTo(shortAnswer().id() + "-copy");
        String taken = copy.text().replaceFirst("(?m)^id: .*$", "id: " + course.questions().get(1).id());
        assertThat(service.save(SOKHA, course, copy, copy.bankId(), taken)).isInstanceOfSatisfying(AuthoringService.Invalid.class,
                invalid -> assertThat(invalid.problems().get(0).message()).contains("already used"));
        assertThat(service.save(SOKHA, course, copy, copy.bankId(), copy.text())).isInstanceOf(AuthoringService.Saved.class);
    }

    @Test
    void publishingIsBlockedWhileTheCourseWouldBeInvalidAndKeepsTheDrafts() {
        String included = course.quizzes().get(0).blueprint().slots().stream()
                .filter(org.sala.engine.assembly.Slot.Fixed.class::isInstance).map(slot -> ((org.sala.engine.assembly.Slot.Fixed) slot).questionId())
                .findFirst().orElseThrow();
        PackQuestion question = course.question(included).orElseThrow();
        service.retire(SOKHA, course, open(SOKHA, question.id()));

        var blocked = service.publish(SOKHA, course, "retire one");

        assertThat(blocked).isInstanceOfSatisfying(AuthoringService.Blocked.class, why -> assertThat(why.problems())
                .anySatisfy(problem -> assertThat(problem).matches("quizzes/.+\\.yaml:\\d+:\\d+: .*").contains(question.id())));
        assertThat(stored.drafts(course.id())).hasSize(1);
        assertThat(stored.releases).isEmpty();
    }

    @Test
    void withNoDraftsThereIsNothingToPublish() {
        assertThat(service.publish(SOKHA, course, "")).isInstanceOfSatisfying(AuthoringService.Blocked.class,
                blocked -> assertThat(blocked.problems()).containsExactly("there are no drafts to publish"));
    }

    @Test
    void publishingStoresANewVersionOfEveryFileThatValidatesAndClearsTheDrafts() {
        PackQuestion question = shortAnswer();
        AuthoringService.Opened opened = open(SOKHA, question.id());
        service.save(SOKHA, course, opened, opened.bankId(), reworded(opened, "A clearer wording?"));

        var published = service.publish(DARA, course, "clearer wording");

        assertThat(published).isInstanceOf(AuthoringService.Published.class);
        PackRelease release = ((AuthoringService.Published) published).release();
        assertThat(release.number()).isEqualTo(1);
        assertThat(release.version()).isEqualTo(course.info().version() + "-edit.1");
        assertThat(release.publishedBy()).isEqualTo("dara");
        assertThat(release.summary()).isEqualTo("clearer wording (" + question.id() + ")");
        ReadResult read = PackReader.read(Sources.memory("release", release.files()));
        assertThat(read.errors()).isEmpty();
        Pack next = read.pack().orElseThrow();
        assertThat(next.question(question.id()).orElseThrow().question().prompt()).isEqualTo("A clearer wording?");
        assertThat(next.questions()).hasSameSizeAs(course.questions());
        release.files().forEach((path, text) -> assertThat(org.sala.pack.write.PackFormat.file(path, text).text())
                .as(path + " is written in the layout sala-pack fmt keeps").isEqualTo(text));
        assertThat(stored.drafts(course.id())).isEmpty();
        assertThat(access.events).extracting(event -> event.action()).containsExactly("DRAFT_SAVED", "PUBLISHED");
    }

    @Test
    void aDraftStartedFromAnOlderVersionOfTheQuestionBlocksPublishing() {
        PackQuestion question = shortAnswer();
        AuthoringService.Opened opened = open(SOKHA, question.id());
        var stale = new AuthoringService.Opened(opened.questionId(), opened.bankId(), opened.text(), 0, Optional.of("0".repeat(64)), false,
                Optional.empty());
        service.save(SOKHA, course, stale, stale.bankId(), reworded(stale, "Reworded?"));

        assertThat(service.publish(SOKHA, course, "")).isInstanceOfSatisfying(AuthoringService.Blocked.class,
                blocked -> assertThat(blocked.problems()).singleElement().asString().contains("changed in the course since this draft"));
    }

    @Test
    void quizSettingsAndALessonAreDraftsTooAndArePublishedWithTheQuestions() {
        String quizPath = service.pathOf(course, "quizzes", course.quizzes().get(0).id()).orElseThrow();
        AuthoringService.OpenedFile quiz = service.openFile(SOKHA, course, quizPath).orElseThrow();
        QuizFields settings = QuizFields.of(quiz.text());
        settings.getValues().put("pass-mark", "75");
        settings.getValues().put("time-limit", "20m");
        assertThat(service.saveFile(SOKHA, course, quiz, settings.text())).isInstanceOf(AuthoringService.FileSaved.class);

        var lesson = course.lessons().get(0);
        AuthoringService.OpenedFile opened = service.openFile(SOKHA, course, service.pathOf(course, "lessons", lesson.id()).orElseThrow())
                .orElseThrow();
        LessonFields text = LessonFields.of(opened.text());
        text.getValues().put("minutes", "12");
        text.setBody(text.getBody() + "\n\n## A new section\n\nWritten in the browser.");
        assertThat(service.saveFile(DARA, course, opened, text.text())).isInstanceOf(AuthoringService.FileSaved.class);
        assertThat(service.workspace(SOKHA, course).drafts()).isEqualTo(2);

        var published = (AuthoringService.Published) service.publish(SOKHA, course, "settings and text");

        Pack next = PackReader.read(Sources.memory("release", published.release().files())).pack().orElseThrow();
        assertThat(next.quiz(course.quizzes().get(0).id()).orElseThrow().rules().passMark()).isEqualByComparingTo("75");
        assertThat(next.quiz(course.quizzes().get(0).id()).orElseThrow().rules().timeLimit()).contains(Duration.ofMinutes(20));
        assertThat(next.lesson(lesson.id()).orElseThrow().minutes()).isEqualTo(12);
        assertThat(next.lesson(lesson.id()).orElseThrow().section("a-new-section")).isPresent();
        published.release().files().forEach((path, written) -> assertThat(org.sala.pack.write.PackFormat.file(path, written).text())
                .as(path + " is written in the layout sala-pack fmt keeps").isEqualTo(written));
        assertThat(service.workspace(SOKHA, course).fileDrafts()).isEmpty();
    }

    @Test
    void aFileWithAnErrorIsRefusedAtItsFieldAndOneThatBreaksAnotherFileIsSavedWithTheReason() {
        String quizPath = service.pathOf(course, "quizzes", course.quizzes().get(0).id()).orElseThrow();
        AuthoringService.OpenedFile quiz = service.openFile(SOKHA, course, quizPath).orElseThrow();
        QuizFields settings = QuizFields.of(quiz.text());
        settings.getValues().put("mode", "exam-ish");
        var refused = service.saveFile(SOKHA, course, quiz, settings.text());
        assertThat(refused).isInstanceOfSatisfying(AuthoringService.Invalid.class, invalid -> assertThat(invalid.problems())
                .extracting(problem -> settings.inputOf(problem, settings.text()).orElse("?")).contains("mode"));

        var lesson = course.lessons().get(0);
        AuthoringService.OpenedFile opened = service.openFile(SOKHA, course, service.pathOf(course, "lessons", lesson.id()).orElseThrow())
                .orElseThrow();
        LessonFields text = LessonFields.of(opened.text());
        text.setBody("No headings left.");
        var saved = service.saveFile(SOKHA, course, opened, text.text());
        assertThat(saved).isInstanceOfSatisfying(AuthoringService.FileSaved.class, file -> assertThat(file.elsewhere())
                .anySatisfy(problem -> assertThat(problem.file()).startsWith("banks/")));
        assertThat(service.publish(SOKHA, course, "")).isInstanceOf(AuthoringService.Blocked.class);
    }

    @Test
    void anImportedFileIsListedWithTheImportersProblemsAndOnlyItsGoodQuestionsBecomeDraftsThatPublish() {
        String taken = shortAnswer().id();
        String gift = """
                $CATEGORY: Cambodia/Neighbours

                ::%s:: Cambodia borders Laos. {T}

                ::mekong-river:: Which river flows past Phnom Penh? {=Mekong ~Amazon ~Nile}

                ::broken:: How many provinces has Cambodia? {#twenty-five}
                """.formatted(taken);

        AuthoringService.ImportPreview preview = service.readImport(SOKHA, course, "neighbours.gift", gift.getBytes(StandardCharsets.UTF_8), "gift");

        assertThat(preview.items()).extracting(AuthoringService.ImportItem::questionId).containsExactly(taken + "-2", "mekong-river");
        assertThat(preview.items()).allSatisfy(item -> assertThat(item.errors()).isEmpty());
        assertThat(preview.items().get(1).category()).isEqualTo("Cambodia/Neighbours");
        assertThat(preview.problems()).anySatisfy(problem -> assertThat(problem).startsWith("neighbours.gift:7"));
        assertThat(stored.drafts(course.id())).as("reading saves nothing").isEmpty();

        String bank = course.banks().get(0).id();
        assertThat(service.importDrafts(SOKHA, course, bank, "neighbours.gift", preview)).isEqualTo(2);
        assertThat(stored.drafts(course.id())).extracting(QuestionDraft::questionId).containsExactlyInAnyOrder(taken + "-2", "mekong-river");
        assertThat(service.importDrafts(SOKHA, course, bank, "neighbours.gift", preview)).as("importing twice adds nothing").isZero();
        assertThat(access.events).extracting(event -> event.action()).containsExactly("IMPORTED", "IMPORTED");

        var published = service.publish(SOKHA, course, "imported");
        assertThat(published).isInstanceOf(AuthoringService.Published.class);
        Pack next = PackReader.read(Sources.memory("release", ((AuthoringService.Published) published).release().files())).pack().orElseThrow();
        assertThat(next.question("mekong-river").orElseThrow().question().prompt()).isEqualTo("Which river flows past Phnom Penh?");
        assertThat(next.questions()).hasSize(course.questions().size() + 2);
    }

    @Test
    void aFileThatIsNoTextIsOneProblemAndNoQuestionAndWindows1252IsReadWithAWarning() {
        byte[] windows1252 = "::cafe:: Caf\u00e9 is French. {T}".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] binary = {'P', 'K', 3, 4, 0, 0, 0, 0};

        AuthoringService.ImportPreview preview = service.readImport(SOKHA, course, "cafe.docx", binary, "gift");

        assertThat(preview.items()).isEmpty();
        assertThat(preview.problems()).singleElement().asString().contains("cafe.docx").contains("not a text file");
        AuthoringService.ImportPreview latin = service.readImport(SOKHA, course, "cafe.gift", windows1252, "gift");
        assertThat(latin.items()).hasSize(1);
        assertThat(latin.problems()).singleElement().asString().contains("cafe.gift").contains("read as Windows-1252");
        assertThatThrownBy(() -> service.readImport(SOKHA, course, "x.csv", new byte[0], "csv")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.readImport(new AuthoringService.Editor("nobody", false), course, "cafe.gift", windows1252, "gift"))
                .isInstanceOf(AuthoringService.NotAnEditor.class);
    }

    @Test
    void thePreviewIsGradedByTheEngineAsAQuizWould() {
        PackQuestion question = shortAnswer();
        String right = ((ShortAnswerQuestion) question.question()).answers().stream().filter(answer -> answer.credit().signum() > 0
                && !answer.pattern()).findFirst().orElseThrow().text();

        var grade = service.grade(question, new Response.Text(right));

        assertThat(grade.score().isFull()).isTrue();
        assertThat(service.preview(question).question()).isEqualTo(question.question());
        assertThat(BankWriter.writeQuestion(question)).isEqualTo(open(SOKHA, question.id()).text());
    }

    @Test
    void onlyTheCoursesEditorsAndAdministratorsMayDoAnything() {
        var stranger = new AuthoringService.Editor("stranger", false);
        AuthoringService.Opened opened = open(ADMIN, shortAnswer().id());

        assertThatThrownBy(() -> service.workspace(stranger, course)).isInstanceOf(AuthoringService.NotAnEditor.class);
        assertThatThrownBy(() -> service.open(stranger, course, shortAnswer().id())).isInstanceOf(AuthoringService.NotAnEditor.class);
        assertThatThrownBy(() -> service.save(stranger, course, opened, opened.bankId(), opened.text()))
                .isInstanceOf(AuthoringService.NotAnEditor.class);
        assertThatThrownBy(() -> service.publish(stranger, course, "")).isInstanceOf(AuthoringService.NotAnEditor.class);
        assertThatThrownBy(() -> service.discard(stranger, course, shortAnswer().id())).isInstanceOf(AuthoringService.NotAnEditor.class);
        assertThat(service.workspace(ADMIN, course).banks()).hasSameSizeAs(course.banks());
    }
}

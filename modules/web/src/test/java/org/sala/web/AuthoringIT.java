package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sala.pack.model.Pack;
import org.sala.pack.read.PackReader;
import org.sala.pack.read.ReadResult;
import org.sala.pack.read.Sources;
import org.sala.web.WebSession.Page;

/**
 * An editor fixes a course in the browser, on the running server: a wrong key corrected in the form (with a
 * refused save that loses nothing, a preview graded by the engine, and a second editor told about the
 * conflict), a new question written, the drafts published; a learner then gets the corrected question, the
 * published version and a draft survive a restart, the whole course downloads as files that validate, and
 * learners and editors of another course are refused every editing URL and action.
 */
class AuthoringIT {

    private static final Path PACKS = writePacks();
    private static final String PASSWORD = "the tide turns at kep";
    private static final String COURSE = "edit/course.xhtml?pack=authoring";

    @RegisterExtension
    static final PayaraMicroServer server = PayaraMicroServer.embedded().withPacks(PACKS)
            .withEnvironment("SALA_GIT_DIR", PACKS.toString());

    private static Path writePacks() {
        try {
            Path packs = Files.createTempDirectory("sala-authoring");
            writePack(packs.resolve("authoring"), "authoring", "Authoring");
            writePack(packs.resolve("other"), "other-course", "Other course");
            writePack(packs.resolve("imports"), "imports", "Imports");
            writePack(packs.resolve("types"), "types", "Every type");
            // The packs folder is also the git working copy published versions are written back to.
            try (Git git = Git.init().setDirectory(packs.toFile()).setInitialBranch("main").call()) {
                git.add().addFilepattern(".").call();
                git.commit().setMessage("Courses as written by hand").setAuthor("teacher", "teacher@school")
                        .setCommitter("teacher", "teacher@school").call();
            }
            return packs;
        } catch (IOException | org.eclipse.jgit.api.errors.GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writePack(Path pack, String id, String title) throws IOException {
        Files.createDirectories(pack.resolve("lessons"));
        Files.createDirectories(pack.resolve("banks"));
        Files.writeString(pack.resolve("pack.yaml"), """
                id: %s
                title: %s
                version: 1.0.0
                language: en
                lessons:
                  - lessons/capital.md
                banks:
                  - banks/capital.yaml
                quizzes:
                  - quiz.yaml
                """.formatted(id, title));
        Files.writeString(pack.resolve("lessons/capital.md"), """
                ---
                id: capital
                title: The capital
                order: 1
                minutes: 1
                ---
                ## On the Mekong

                Cambodia's capital lies where the Tonle Sap meets the Mekong.

                ## Older capitals

                Angkor and Oudong were capitals before it.
                """);
        Files.writeString(pack.resolve("banks/capital.yaml"), """
                id: capital-bank
                title: Capital
                lesson: capital
                questions:
                  - id: capital-city
                    type: short-answer
                    section: on-the-mekong
                    prompt: Which city is the capital of Cambodia?
                    answers:
                      - text: Siem Reap
                """);
        Files.writeString(pack.resolve("quiz.yaml"), """
                id: capital
                title: Capital quiz
                mode: deferred
                attempts: 0
                review:
                  during: none
                  immediately-after: [responses, marks, correctness]
                  later: [responses, marks, correctness]
                  after-close: all
                include: [capital-city]
                """);
    }

    /** The name of the input with this accessible label in a table of rows ({@code rows-answers}). */
    private static String cell(Page page, String table, String label) {
        Element input = page.html().selectFirst("#rows-" + table + " [aria-label=" + label + "]");
        assertThat(input).as(label + " in " + table + " on " + page.uri()).isNotNull();
        return input.attr("name");
    }

    /** The name of the input a label with this text names. */
    private static String labelled(Page page, String label) {
        Element found = page.html().select("label").stream().filter(element -> element.text().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no label '" + label + "' on " + page.uri()));
        return page.html().getElementById(found.attr("for")).attr("name");
    }

    private static Page start(WebSession learner) {
        return learner.submit(learner.get("start.xhtml?pack=authoring&quiz=capital"), "start", Map.of(), "start:submit");
    }

    private static String score(WebSession learner, Page question, String answer) {
        Element typed = question.html().selectFirst("form#answers input[type=text]");
        Page saved = learner.submit(question, "answers", Map.of(typed.attr("name"), answer), "answers:save");
        Page summary = learner.submit(saved, "answers", Map.of(), "answers:finish");
        return learner.submit(summary, "summary", Map.of(), "summary:submit").html().select("#score").text();
    }

    @Test
    void anEditorFixesAKeyWritesAQuestionAndPublishesAndALearnerGetsTheFix() throws Exception {
        WebSession admin = new WebSession(server.baseUrl());
        admin.signIn(PayaraMicroServer.ADMIN, PayaraMicroServer.ADMIN_PASSWORD);
        String editorName = "editor-" + Long.toHexString(System.nanoTime());
        WebSession editor = new WebSession(server.baseUrl());
        editor.register(editorName, "Editor", PASSWORD);
        assertThat(editor.get(COURSE).status()).as("no right yet").isEqualTo(403);
        admin.submit(admin.get("admin/editors.xhtml"), "editors", Map.of("editors:username", editorName, "editors:course", "authoring"),
                "editors:grant");

        Page course = editor.get("course.xhtml?pack=authoring");
        assertThat(course.html().select("#edit-course")).as("the course page offers editing to its editor").hasSize(1);
        Page editing = editor.get(COURSE);
        assertThat(editing.status()).isEqualTo(200);
        assertThat(editing.html().select("#bank-capital-bank + table tbody tr").text()).contains("capital-city").contains("Published");
        assertThat(editing.html().select("#served-version").text()).contains("1.0.0");

        // A save with a mistake is refused next to the field, and keeps everything typed.
        Page form = editor.get("edit/question.xhtml?pack=authoring&id=capital-city");
        assertThat(form.html().select("#question\\:prompt").text()).isEqualTo("Which city is the capital of Cambodia?");
        assertThat(form.html().select("#rows-answers [aria-label=Text 1]").val()).isEqualTo("Siem Reap");
        Page refused = editor.submit(form, "question", Map.of("question:points", "many", cell(form, "answers", "Text 1"), "Phnom Penh"),
                "question:save");
        assertThat(refused.html().select(".errors").text()).contains("Not saved: 1 problem");
        assertThat(refused.html().select("#question\\:points ~ .problem").text()).as(refused.html().select("main").text()).contains("points");
        assertThat(refused.html().select("#rows-answers [aria-label=Text 1]").val()).as("nothing typed is lost").isEqualTo("Phnom Penh");

        // The preview grades an answer with the engine, before anything is saved or published.
        Page previewed = editor.submit(refused, "question", Map.of("question:points", "1"), "question:preview");
        assertThat(previewed.html().select("#preview .prompt").text()).isEqualTo("Which city is the capital of Cambodia?");
        Page checked = editor.submit(previewed, "preview", Map.of("preview:typed", "phnom penh"), "preview:check");
        assertThat(checked.html().select("#verdict").text()).isEqualTo("Correct");
        assertThat(checked.html().select("#preview-score").text()).isEqualTo("1 of 1 points");

        Page saved = editor.submit(checked, "question", Map.of(), "question:save");
        assertThat(saved.html().select(".saved").text()).startsWith("Draft saved (revision 1)");

        // A second editor who opened the question before that save is told, and overwrites nothing.
        WebSession other = new WebSession(server.baseUrl());
        other.signIn(PayaraMicroServer.ADMIN, PayaraMicroServer.ADMIN_PASSWORD);
        Page stale = other.get("edit/question.xhtml?pack=authoring&id=capital-city");
        Page again = editor.submit(saved, "question", Map.of("question:feedback", "Phnom Penh has been the capital since 1866."),
                "question:save");
        assertThat(again.html().select(".saved").text()).startsWith("Draft saved (revision 2)");
        Page conflict = other.submit(stale, "question", Map.of(cell(stale, "answers", "Text 1"), "Battambang"), "question:save");
        assertThat(conflict.html().select("#conflict").text()).startsWith("Not saved: " + editorName + " saved this question");
        assertThat(other.get("edit/question.xhtml?pack=authoring&id=capital-city").html().select("#rows-answers [aria-label=Text 1]").val())
                .isEqualTo("Phnom Penh");

        // A new question of another type, with a section chosen from the lesson's headings.
        Page created = editor.submit(editor.get(COURSE), "create", Map.of("create:type", "true-false"), "create:new");
        assertThat(created.html().select("#question\\:sections option")).extracting(Element::text)
                .contains("The capital › On the Mekong", "The capital › Older capitals");
        Page written = editor.submit(created, "question", Map.of("question:id", "oudong-capital",
                "question:prompt", "Oudong was a royal capital before Phnom Penh.", "question:sections", "capital#older-capitals"),
                "question:save");
        assertThat(written.uri().toString()).contains("id=oudong-capital");
        assertThat(written.html().select(".saved").text()).startsWith("Draft saved (revision 1)");

        WebSession early = new WebSession(server.baseUrl());
        String earlyName = "early-" + Long.toHexString(System.nanoTime());
        early.register(earlyName, "Early", PASSWORD);
        String attempt = WebSession.attemptId(start(early).uri().toString());

        // The quiz's settings and the lesson's text are drafts too.
        Page settings = editor.get("edit/quiz.xhtml?pack=authoring&id=capital");
        Page badMode = editor.submit(settings, "quiz", Map.of(labelled(settings, "Mode"), "interactive", labelled(settings, "Pass mark"), "half"),
                "quiz:save");
        assertThat(badMode.html().select(".problem").text()).as("next to the pass mark").contains("pass-mark");
        Page settingsSaved = editor.submit(badMode, "quiz", Map.of(labelled(badMode, "Pass mark"), "60"), "quiz:save");
        assertThat(settingsSaved.html().select(".saved").text()).startsWith("Draft saved (revision 1)");
        Page lesson = editor.get("edit/lesson.xhtml?pack=authoring&id=capital");
        String body = lesson.html().select("#lesson\\:body").first().wholeText();
        assertThat(body).contains("## On the Mekong\n");
        Page lessonPreview = editor.submit(lesson, "lesson", Map.of("lesson:body", body
                + "\n\n## Kampot\n\nKampot was never the capital, but its pepper is famous."), "lesson:preview");
        assertThat(lessonPreview.html().select("#lesson-preview h2[id=kampot], #lesson-preview [id=kampot]")).isNotEmpty();
        Page lessonSaved = editor.submit(lessonPreview, "lesson", Map.of(), "lesson:save");
        assertThat(lessonSaved.html().select(".saved").text()).startsWith("Draft saved (revision 1)");

        // Publishing makes a new version that is served at once; a new attempt is graded by the fix.
        Page listed = editor.get(COURSE);
        assertThat(listed.html().select("#draft-count").text()).isEqualTo("4 drafts to publish.");
        Page published = editor.submit(listed, "publish", Map.of("publish:summary", "Capital key fixed"), "publish:publish");
        assertThat(published.html().select(".saved").text()).isEqualTo("Published as version 1.0.0-edit.1 (no warnings). "
                + "Files of the course: written to git as commit " + head().getId().abbreviate(10).name() + " in authoring/.");
        assertThat(published.html().select("#releases tbody tr").text()).contains("1.0.0-edit.1").contains(editorName).contains("Capital key fixed");
        assertThat(published.html().select("#audit tbody tr").text()).contains("version 1.0.0-edit.1 published").contains("draft of capital-city saved");

        WebSession learner = new WebSession(server.baseUrl());
        learner.register("learner-" + Long.toHexString(System.nanoTime()), "Learner", PASSWORD);
        assertThat(learner.get("lesson.xhtml?pack=authoring&lesson=capital").html().select("main").text())
                .contains("its pepper is famous");
        assertThat(learner.get("start.xhtml?pack=authoring&quiz=capital").html().select("main").text()).contains("60%");
        assertThat(score(learner, start(learner), "Phnom Penh")).isEqualTo("You scored 1 out of 1 (100%).");

        // The attempt started before the publish keeps its question; a dry run, then the regrade, gives it the fix.
        assertThat(score(early, early.get("attempt.xhtml?attempt=" + attempt + "&q=1"), "Phnom Penh"))
                .as("graded by the key it started with").isEqualTo("You scored 0 out of 1 (0%).");
        Page dryRun = editor.get("edit/regrade.xhtml?pack=authoring&quiz=capital");
        assertThat(dryRun.status()).as("the course's editor may regrade").isEqualTo(200);
        assertThat(dryRun.html().select("#changes tbody tr")).singleElement()
                .satisfies(row -> assertThat(row.text()).contains(earlyName).contains("0 / 1").contains("1 / 1"));
        Page applied = editor.submit(dryRun, "regrade", Map.of(), "regrade:apply");
        assertThat(applied.html().select(".saved").text()).isEqualTo("Regraded: 1 attempt brought up to date, 1 with new marks.");
        Page regraded = early.get("result.xhtml?attempt=" + attempt);
        assertThat(regraded.html().select("#score").text()).isEqualTo("You scored 1 out of 1 (100%).");
        assertThat(regraded.html().select("#regrades li").text()).startsWith("Regraded on ");

        // A draft and the published version survive a restart.
        Page draftBeforeRestart = editor.submit(editor.get("edit/question.xhtml?pack=authoring&id=oudong-capital"), "question",
                Map.of("question:feedback", "Oudong was the capital until 1866."), "question:save");
        assertThat(draftBeforeRestart.html().select(".saved").text()).startsWith("Draft saved (revision 1)");
        server.restart();
        editor.signIn(editorName, PASSWORD);
        Page afterRestart = editor.get(COURSE);
        assertThat(afterRestart.html().select("#served-version").text()).contains("1.0.0-edit.1").contains("published in the browser");
        assertThat(afterRestart.html().select("#draft-count").text()).isEqualTo("1 draft to publish.");
        assertThat(editor.get("edit/question.xhtml?pack=authoring&id=oudong-capital").html().select("#question\\:feedback").text())
                .isEqualTo("Oudong was the capital until 1866.");

        // The course downloads as files that the pack reader validates, holding what the browser shows.
        Map<String, String> files = unzip(editor, "edit/download?pack=authoring");
        assertThat(files.get("authoring/pack.yaml")).contains("version: 1.0.0-edit.1");
        var relative = new LinkedHashMap<String, String>();
        files.forEach((path, text) -> relative.put(path.substring("authoring/".length()), text));
        ReadResult read = PackReader.read(Sources.memory("download", relative));
        assertThat(read.errors()).isEmpty();
        Pack downloaded = read.pack().orElseThrow();
        assertThat(downloaded.question("oudong-capital")).isPresent();
        assertThat(downloaded.question("capital-city").orElseThrow().question().generalFeedback())
                .isEqualTo("Phnom Penh has been the capital since 1866.");
    }

    /** One question of a type as an editor writes it in the form, and the right answer as a learner gives it in the preview. */
    private record Written(String type, String id, String prompt, java.util.function.Function<Page, Map<String, String>> fields,
                           java.util.function.Function<Page, Map<String, String>> answer) {
    }

    private static Map<String, String> cells(Page page, String table, String... labelsAndValues) {
        var changes = new LinkedHashMap<String, String>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            String label = labelsAndValues[i];
            Element input = page.html().select("#rows-" + table + " input, #rows-" + table + " textarea").stream()
                    .filter(element -> element.attr("aria-label").equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no cell '" + label + "' in " + table));
            changes.put(input.attr("name"), labelsAndValues[i + 1]);
        }
        return changes;
    }

    /** The radio button or checkbox of the preview whose label is this option's text, as it is sent when chosen. */
    private static Map<String, String> option(Page page, String text) {
        Element label = page.html().select("form#preview label").stream().filter(element -> element.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no option '" + text + "' in the preview: " + page.html().select("form#preview").text()));
        Element input = page.html().getElementById(label.attr("for"));
        return Map.of(input.attr("name"), input.val());
    }

    /** The list of the preview labelled with this text, set to the option with this text. */
    private static Map.Entry<String, String> choice(Page page, String labelText, String optionText) {
        Element label = page.html().select("form#preview label").stream().filter(element -> element.text().equals(labelText)).findFirst()
                .orElseThrow(() -> new AssertionError("no list '" + labelText + "' in the preview"));
        Element select = page.html().getElementById(label.attr("for"));
        Element chosen = select.select("option").stream().filter(element -> element.text().equals(optionText)).findFirst().orElseThrow();
        return Map.entry(select.attr("name"), chosen.attr("value"));
    }

    private static Map<String, String> typed(Page page, String text) {
        return Map.of(page.html().selectFirst("form#preview input[type=text]").attr("name"), text);
    }

    @Test
    void anEditorWritesOneQuestionOfEachTypePreviewsAndAnswersItAndPublishesFilesThatReadBackTheSame() throws Exception {
        WebSession admin = new WebSession(server.baseUrl());
        admin.signIn(PayaraMicroServer.ADMIN, PayaraMicroServer.ADMIN_PASSWORD);
        List<Written> questions = List.of(
                new Written("single-choice", "joined-1999", "Which body did Cambodia join in 1999?",
                        page -> cells(page, "choices", "Text 1", "ASEAN", "Credit (1 = right) 1", "1", "Text 2", "NATO", "Credit (1 = right) 2", "0"),
                        page -> option(page, "ASEAN")),
                new Written("multiple-choice", "neighbours", "Which of these border Cambodia?",
                        page -> cells(page, "choices", "Text 1", "Laos", "Credit (1 = right) 1", "1", "Text 2", "Chile", "Credit (1 = right) 2", "0"),
                        page -> option(page, "Laos")),
                new Written("true-false", "mekong-flows", "The Mekong flows through Cambodia.",
                        page -> Map.of(labelled(page, "The right answer"), "true"),
                        page -> option(page, "True")),
                new Written("short-answer", "capital-name", "Name the capital of Cambodia.",
                        page -> cells(page, "answers", "Text 1", "Phnom Penh"),
                        page -> typed(page, "Phnom Penh")),
                new Written("numeric", "independence-year", "In which year did Cambodia become independent?",
                        page -> cells(page, "answers", "Value 1", "1953"),
                        page -> typed(page, "1953")),
                new Written("matching", "forum-years", "Match each forum with the year it began.",
                        page -> cells(page, "pairs", "Prompt 1", "ARF", "Answer 1", "1994", "Prompt 2", "ASEM", "Answer 2", "1996"),
                        page -> Map.ofEntries(choice(page, "ARF", "1994"), choice(page, "ASEM", "1996"))),
                new Written("ordering", "first-events", "Put these in order, earliest first.",
                        page -> cells(page, "items", "Text 1", "Independence", "Text 2", "UN membership"),
                        page -> Map.ofEntries(choice(page, "Independence", "1"), choice(page, "UN membership", "2"))),
                new Written("cloze", "joined-gap", "Fill in the gap.",
                        page -> Map.of(labelled(page, "Text with gaps"), "Cambodia joined {{org}} in 1999.",
                                labelled(page, "Gaps"), "- id: org\n  type: short-answer\n  answers: [{text: ASEAN}]\n"),
                        page -> Map.of(page.html().selectFirst("form#preview input[aria-label=Gap 1]").attr("name"), "ASEAN")));

        for (Written question : questions) {
            Page form = admin.submit(admin.get("edit/course.xhtml?pack=types"), "create", Map.of("create:type", question.type()), "create:new");
            var fields = new LinkedHashMap<String, String>(question.fields().apply(form));
            fields.put("question:id", question.id());
            fields.put("question:prompt", question.prompt());
            Page previewed = admin.submit(form, "question", fields, "question:preview");
            assertThat(previewed.html().select("form#preview .prompt").text()).as(question.type() + ": " + previewed.html().select(".errors").text())
                    .isEqualTo(question.prompt());
            Page checked = admin.submit(previewed, "preview", question.answer().apply(previewed), "preview:check");
            assertThat(checked.html().select("#verdict").text()).as(question.type() + " answered right in the preview").isEqualTo("Correct");
            Page saved = admin.submit(checked, "question", Map.of(), "question:save");
            assertThat(saved.html().select(".saved").text()).as(question.type() + ": " + saved.html().select(".errors").text())
                    .startsWith("Draft saved (revision 1)");
        }

        Page listed = admin.get("edit/course.xhtml?pack=types");
        assertThat(listed.html().select("#draft-count").text()).isEqualTo("8 drafts to publish.");
        Page published = admin.submit(listed, "publish", Map.of("publish:summary", "One of each type"), "publish:publish");
        assertThat(published.html().select(".saved").text()).startsWith("Published as version 1.0.0-edit.1");
        int giftWarnings = published.html().select("#export-warnings-gift li").size();
        assertThat(published.html().select("#export-warnings-gift summary").text()).as("the course page says what a GIFT download cannot hold")
                .isEqualTo("GIFT: " + giftWarnings + " warnings (what the format cannot hold)");
        assertThat(published.html().select("#export-warnings-gift li").text()).contains("first-events").contains("joined-gap");

        // The files the browser wrote read back, with sala-pack's reader, to the questions the form shows.
        Map<String, String> files = unzip(admin, "edit/download?pack=types");
        var relative = new LinkedHashMap<String, String>();
        files.forEach((path, text) -> relative.put(path.substring("types/".length()), text));
        ReadResult read = PackReader.read(Sources.memory("download", relative));
        assertThat(read.errors()).isEmpty();
        Pack downloaded = read.pack().orElseThrow();
        for (Written question : questions) {
            assertThat(org.sala.pack.write.BankWriter.type(downloaded.question(question.id()).orElseThrow().question())).isEqualTo(question.type());
            Page reopened = admin.get("edit/question.xhtml?pack=types&id=" + question.id());
            assertThat(reopened.html().select("#question\\:prompt").text()).isEqualTo(question.prompt());
        }
    }

    @Test
    void anEditorUploadsAGiftFileSeesWhatTheImporterNoticedAndImportsTheGoodQuestionsAsDrafts() throws Exception {
        WebSession admin = new WebSession(server.baseUrl());
        admin.signIn(PayaraMicroServer.ADMIN, PayaraMicroServer.ADMIN_PASSWORD);
        Page course = admin.get("edit/course.xhtml?pack=imports");
        Element link = course.html().selectFirst("a[href*=edit/import.xhtml]");
        assertThat(link).as("the course's editing page offers an import").isNotNull();
        Page form = admin.get(link.absUrl("href"));
        assertThat(form.status()).isEqualTo(200);

        Page tooLarge = admin.upload(form, "import", Map.of(), "import:file", "huge.gift", new byte[17 * 1024 * 1024], "import:read");
        assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("16 MiB").doesNotContain("Exception").doesNotContain("at org.");
        Page justOver = admin.upload(form, "import", Map.of(), "import:file", "big.gift", new byte[16 * 1024 * 1024 + 1], "import:read");
        assertThat(justOver.html().select(".errors").text()).contains("larger than 16 MiB");
        Page nothing = admin.upload(form, "import", Map.of(), "import:file", "", new byte[0], "import:read");
        assertThat(nothing.html().select(".errors").text()).contains("Choose a file");
        byte[] picture = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Page refused = admin.upload(nothing, "import", Map.of(), "import:file", "cafe.gift", picture, "import:read");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().select("#import-problems").text())
                .isEqualTo("cafe.gift: is not a text file (it holds binary data); export the questions as text first");
        assertThat(refused.html().select("#save\\:import")).as("nothing to import").isEmpty();
        byte[] windows1252 = "::cafe:: Caf\u00e9 is French. {T}".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Page latin = admin.upload(refused, "import", Map.of(), "import:file", "cafe.gift", windows1252, "import:read");
        assertThat(latin.html().select("#import-problems").text()).contains("cafe.gift: warning: is not UTF-8; read as Windows-1252");

        String gift = """
                // Written for Moodle
                $CATEGORY: Cambodia/Capitals

                ::capital-city:: Phnom Penh is the capital of Cambodia. {T}

                ::river:: Which river flows past Phnom Penh? {=Mekong ~Amazon ~Nile}

                ::broken:: How many provinces has Cambodia? {#twenty-five}
                """;
        Page read = admin.upload(refused, "import", Map.of("import:format", "gift"), "import:file", "capitals.gift",
                gift.getBytes(StandardCharsets.UTF_8), "import:read");
        assertThat(read.html().select("#import-summary").text()).isEqualTo("2 questions read; 2 can be imported.");
        assertThat(read.html().select("#import-problems li").text()).startsWith("capitals.gift:8");
        assertThat(read.html().select("#import-questions tbody tr")).extracting(Element::text)
                .satisfiesExactly(row -> assertThat(row).startsWith("capital-city-2 Phnom Penh is the capital").contains("True or false"),
                        row -> assertThat(row).startsWith("river Which river").contains("Cambodia/Capitals"));
        assertThat(admin.get("edit/course.xhtml?pack=imports").html().select("#draft-count").text()).as("reading saves nothing").isEqualTo("No drafts to publish.");

        Page imported = admin.submit(read, "save", Map.of("save:bank", "capital-bank"), "save:import");
        assertThat(imported.uri().getPath()).endsWith("edit/course.xhtml");
        assertThat(imported.html().select(".saved").text()).isEqualTo("2 questions from capitals.gift saved as drafts. Publish the course to make them live.");
        assertThat(imported.html().select("#draft-count").text()).isEqualTo("2 drafts to publish.");
        assertThat(imported.html().select("#audit tbody tr").text()).contains("2 question(s) imported from capitals.gift");
        assertThat(admin.get("edit/question.xhtml?pack=imports&id=river").html().select("#question\\:prompt").text())
                .isEqualTo("Which river flows past Phnom Penh?");
        Page published = admin.submit(imported, "publish", Map.of("publish:summary", "Imported from Moodle"), "publish:publish");
        assertThat(published.html().select(".saved").text()).startsWith("Published as version 1.0.0-edit.1")
                .contains("written to git as commit");
        RevCommit commit = head();
        assertThat(commit.getFullMessage()).startsWith("Publish imports 1.0.0-edit.1").contains("Imported from Moodle");
        assertThat(commit.getAuthorIdent().getName()).isEqualTo(PayaraMicroServer.ADMIN);
        assertThat(Files.readString(PACKS.resolve("imports/banks/capital.yaml"))).contains("id: river").contains("id: capital-city-2");
        assertThat(Files.readString(PACKS.resolve("imports/pack.yaml"))).contains("version: 1.0.0-edit.1");
        assertThat(published.html().select("#audit tbody tr").text()).contains("written to git as commit");

        Page quizQuestions = admin.get("edit/download?pack=imports&quiz=capital&format=gift");
        assertThat(quizQuestions.status()).isEqualTo(200);
        assertThat(quizQuestions.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"imports-capital.gift\"");
        assertThat(quizQuestions.body()).contains("::capital-city::").doesNotContain("::river::");
    }

    private static RevCommit head() throws Exception {
        try (Git git = Git.open(PACKS.toFile())) {
            return git.log().setMaxCount(1).call().iterator().next();
        }
    }

    @Test
    void learnersAndEditorsOfAnotherCourseAreRefusedEveryEditingUrlAndAction() throws Exception {
        WebSession admin = new WebSession(server.baseUrl());
        admin.signIn(PayaraMicroServer.ADMIN, PayaraMicroServer.ADMIN_PASSWORD);
        String otherEditor = "other-" + Long.toHexString(System.nanoTime());
        WebSession elsewhere = new WebSession(server.baseUrl());
        elsewhere.register(otherEditor, "Other", PASSWORD);
        admin.submit(admin.get("admin/editors.xhtml"), "editors", Map.of("editors:username", otherEditor, "editors:course", "other-course"),
                "editors:grant");
        WebSession learner = new WebSession(server.baseUrl());
        learner.register("plain-" + Long.toHexString(System.nanoTime()), "Plain", PASSWORD);

        assertThat(elsewhere.get("edit/course.xhtml?pack=other-course").status()).as("their own course").isEqualTo(200);
        for (WebSession refused : new WebSession[] {learner, elsewhere}) {
            assertThat(refused.get(COURSE).status()).isEqualTo(403);
            assertThat(refused.get("edit/question.xhtml?pack=authoring&id=capital-city").status()).isEqualTo(403);
            assertThat(refused.get("edit/question.xhtml?pack=authoring&bank=capital-bank&type=numeric").status()).isEqualTo(403);
            assertThat(refused.get("edit/question.xhtml?pack=authoring&copy=capital-city").status()).isEqualTo(403);
            assertThat(refused.get("edit/download?pack=authoring").status()).isEqualTo(403);
            assertThat(refused.get("edit/import.xhtml?pack=authoring").status()).isEqualTo(403);
            assertThat(refused.get("course.xhtml?pack=authoring").html().select("#edit-course")).isEmpty();
        }
        // An action posted with a view of the editor's own course cannot reach another course's question.
        Page own = elsewhere.get("edit/question.xhtml?pack=other-course&id=capital-city");
        assertThat(own.status()).isEqualTo(200);
        Page forged = elsewhere.post("edit/question.xhtml?pack=authoring&id=capital-city", Map.of("question", "question",
                "question:save", "Save the draft", "jakarta.faces.ViewState", own.viewState()));
        assertThat(forged.status()).as("the service refuses what the page let through").isEqualTo(403);
        assertThat(new WebSession(server.baseUrl()).get(COURSE).uri().toString()).as("visitors are sent to sign in").contains("login");
        assertThat(admin.get("edit/course.xhtml?pack=no-such-course").status()).isEqualTo(404);
        assertThat(admin.get("edit/question.xhtml?pack=authoring&id=no-such-question").status()).isEqualTo(404);
    }

    private static Map<String, String> unzip(WebSession session, String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Cookie", session.cookieHeader()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        String pack = path.replaceFirst(".*pack=([a-z-]+).*", "$1");
        assertThat(response.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"" + pack + "-1.0.0-edit.1.zip\"");
        var files = new LinkedHashMap<String, String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}

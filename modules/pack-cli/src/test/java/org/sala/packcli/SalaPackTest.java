package org.sala.packcli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalaPackTest {

    /** The shipped course, as its folder in the repository. */
    private static final Path COURSE = Path.of("../../course-content/cambodian-foreign-policy/src/main/resources/META-INF/sala");

    @TempDir
    Path dir;

    /** What one run of the command line gave: its exit code and what it printed. */
    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = SalaPack.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path brokenPack() throws IOException {
        Path pack = dir.resolve("broken");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("pack.yaml"), "id: broken\ntitle: Broken\nversion: 1\nlessons: [l.md]\nquizzes: [q.yaml]\n");
        Files.writeString(pack.resolve("l.md"), "---\nid: l\ntitle: L\norder: 1\n---\n## S\nText.\n");
        Files.writeString(pack.resolve("q.yaml"), "id: q\ntitle: Q\nlesson: l\nquestions:\n  - id: x\n    type: essay\n    prompt: Why?\n");
        return pack;
    }

    @Test
    void theShippedCourseValidatesWithExitCodeZero() {
        Run run = run("validate", COURSE.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("cambodian-foreign-policy").contains("0 error(s), 0 warning(s)");
    }

    @Test
    void aBrokenPackPrintsEveryProblemWithItsPlaceAndExitsWithOne() throws IOException {
        Run run = run("validate", brokenPack().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("q.yaml:6:11: unknown question type 'essay'").contains("1 error(s)");
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertThat(run("validate").exitCode()).isEqualTo(2);
        assertThat(run("frobnicate").exitCode()).isEqualTo(2);
        Run missing = run("validate", dir.resolve("nothing-here").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no pack at");
    }

    @Test
    void strictValidationFailsOnWarnings() throws IOException {
        Path pack = dir.resolve("weak");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("pack.yaml"), "id: weak\ntitle: Weak\nversion: 1\nlessons: [l.md]\n");
        Files.writeString(pack.resolve("l.md"), "---\nid: l\ntitle: L\norder: 1\n---\nText.\n");

        assertThat(run("validate", pack.toString()).exitCode()).isZero();
        assertThat(run("validate", "--strict", pack.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void statsCountLessonsQuestionsByTypeAndDifficultyAndUntaughtSections() {
        Run run = run("stats", COURSE.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("| single-choice |").contains("| difficulty | questions |").contains("Sections without a question:");
    }

    private static int written(Run exported) {
        var matcher = java.util.regex.Pattern.compile("(\\d+) of (\\d+) question\\(s\\) written").matcher(exported.out());
        assertThat(matcher.find()).as(exported.out()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private Path copyOfTheCourse() throws IOException {
        Path copy = dir.resolve("course");
        try (var files = Files.walk(COURSE)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(COURSE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
    }

    @Test
    void questionsExportedToGiftImportIntoAnotherPackAsANewBank() throws IOException {
        Path gift = dir.resolve("asean.gift");
        Run exported = run("export", "--to", "gift", COURSE.toString(), "--out", gift.toString());
        assertThat(exported.exitCode()).isZero();
        int written = written(exported);
        assertThat(written).isGreaterThan(100);
        // GIFT cannot hold ordering and cloze questions: they are named in warnings, not dropped silently.
        assertThat(exported.out()).contains("ordering").contains("cloze");
        Path course = copyOfTheCourse();

        Run imported = run("import", "--from", "gift", gift.toString(), "--into", course.toString(), "--bank", "from-gift");

        assertThat(imported.out()).contains(written + " question(s) imported");
        // The course already has these ids, so the imported copies are renamed, and the pack stays valid.
        assertThat(imported.out()).contains("imported as 'asean-entry-date-2'").contains("0 error(s)");
        assertThat(imported.exitCode()).isZero();
        assertThat(Files.readString(course.resolve("pack.yaml"))).contains("  - banks/glossary.yaml\n  - banks/from-gift.yaml\nquizzes:");
        assertThat(course.resolve("banks/from-gift.yaml")).exists();
    }

    @Test
    void anImportedWrongAnswerKeptForItsFeedbackIsWrittenWithCreditZeroAndTheRightOneWithOne() throws IOException {
        Path gift = dir.resolve("mistakes.gift");
        Files.writeString(gift, """
                ::independence:: In which year did Cambodia become independent? {#=1953:0 =%0%1955:0#That is when it joined the UN.}

                ::capital:: What is the capital of Cambodia? {=Phnom Penh =%0%Siem Reap#The temples, not the capital.}
                """);
        Path course = copyOfTheCourse();

        Run imported = run("import", "--from", "gift", gift.toString(), "--into", course.toString(), "--bank", "mistakes");

        assertThat(imported.out()).contains("2 question(s) imported").contains("0 error(s)");
        assertThat(Files.readString(course.resolve("banks/mistakes.yaml")))
                .contains("- value: 1953\n        credit: 1\n", "- value: 1955\n        credit: 0\n",
                        "- text: Phnom Penh\n        credit: 1\n", "- text: Siem Reap\n        credit: 0\n");
    }

    @Test
    void aPackRoundTripsThroughAQtiContentPackage() throws IOException {
        Path qti = dir.resolve("asean-qti.zip");
        Path everyType = Path.of("../course-pack/src/test/resources/packs/every-type");
        Run exported = run("export", "--to", "qti", everyType.toString(), "--out", qti.toString());
        assertThat(exported.exitCode()).isZero();
        assertThat(exported.out()).contains("9 of 9 question(s) written");
        Path course = copyOfTheCourse();

        Run imported = run("import", "--from", "qti", qti.toString(), "--into", course.toString());

        assertThat(imported.out()).contains("9 question(s) imported").contains("banks/asean-qti.yaml");
        assertThat(imported.out()).doesNotContain(": error");
    }

    @Test
    void moodleXmlExportWarnsAboutWhatItCannotHoldAndImportsBack() throws IOException {
        Path xml = dir.resolve("moodle.xml");
        Path everyType = Path.of("../course-pack/src/test/resources/packs/every-type");
        Run exported = run("export", "--to", "moodle-xml", everyType.toString(), "--out", xml.toString());
        assertThat(exported.exitCode()).isZero();
        assertThat(exported.out()).contains("9 of 9 question(s) written").contains("warning");
        Path course = copyOfTheCourse();

        Run imported = run("import", "--from", "moodle-xml", xml.toString(), "--into", course.toString());

        assertThat(imported.out()).contains("9 question(s) imported");
        assertThat(imported.out()).doesNotContain(": error");
    }

    @Test
    void aBankIsAddedToPackYamlInWhateverStyleTheListIsWritten() throws IOException {
        Path block = dir.resolve("block.yaml");
        Files.writeString(block, "id: p\nbanks:\n  - banks/a.yaml\n# the quizzes\nquizzes: []\n");
        ImportCommand.listBank(block, "banks/b.yaml");
        assertThat(Files.readString(block)).isEqualTo("id: p\nbanks:\n  - banks/a.yaml\n  - banks/b.yaml\n# the quizzes\nquizzes: []\n");

        Path flow = dir.resolve("flow.yaml");
        Files.writeString(flow, "id: p\nbanks: [banks/a.yaml]\n");
        ImportCommand.listBank(flow, "banks/b.yaml");
        assertThat(Files.readString(flow)).isEqualTo("id: p\nbanks: [banks/a.yaml, banks/b.yaml]\n");

        Path none = dir.resolve("none.yaml");
        Files.writeString(none, "id: p\n");
        ImportCommand.listBank(none, "banks/b.yaml");
        assertThat(Files.readString(none)).isEqualTo("id: p\nbanks:\n  - banks/b.yaml\n");
    }

    @Test
    void theShippedCourseIsInTheCanonicalLayout() {
        Run run = run("fmt", "--check", COURSE.toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("0 not canonical, 0 could not be formatted");
    }

    @Test
    void fmtRewritesHandWrittenFilesKeepingTheirCommentsAndCheckFailsUntilItHas() throws IOException {
        Path pack = dir.resolve("hand");
        Files.createDirectories(pack.resolve("lessons"));
        Files.writeString(pack.resolve("pack.yaml"), "id: hand\ntitle: \"Hand written\"\nversion: 1.0.0\nlessons: [lessons/a.md]\nbanks: [bank.yaml]\n");
        Files.writeString(pack.resolve("lessons/a.md"), "---\nid: a\ntitle: \"A\"\norder: 1\n---\n## First\n\nText.\n\n\n");
        Files.writeString(pack.resolve("bank.yaml"), "id: b\nlesson: a\n# kept\nquestions:\n  - {id: q, type: true-false, prompt: \"True?\", answer: true}\n");

        Run before = run("fmt", "--check", pack.toString());
        assertThat(before.exitCode()).isEqualTo(1);
        assertThat(before.out()).contains("bank.yaml: not in the canonical layout").contains("3 file(s), 3 not canonical");
        assertThat(Files.readString(pack.resolve("bank.yaml"))).as("--check writes nothing").contains("{id: q");

        Run formatted = run("fmt", pack.toString());
        assertThat(formatted.exitCode()).isZero();
        assertThat(Files.readString(pack.resolve("bank.yaml")))
                .isEqualTo("id: b\nlesson: a\n# kept\nquestions:\n  - id: q\n    type: true-false\n    prompt: True?\n    answer: true\n");
        assertThat(run("fmt", "--check", pack.toString()).exitCode()).isZero();
        assertThat(run("validate", pack.toString()).exitCode()).isZero();
    }

    @Test
    void fmtLeavesAFileItCannotReadAsWrittenAndSaysWhere() throws IOException {
        Path pack = brokenPack();
        String quiz = "id: q\ntitle: Q\nquestions: [unclosed\n";
        Files.writeString(pack.resolve("q.yaml"), quiz);

        Run run = run("fmt", pack.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("q.yaml:4:1: is not YAML");
        assertThat(Files.readString(pack.resolve("q.yaml"))).isEqualTo(quiz);
        assertThat(run("fmt", dir.resolve("missing").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void anUnknownFormatIsWrongUsage() {
        Run run = run("export", "--to", "docx", COURSE.toString(), "--out", dir.resolve("x").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'docx'");
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("validate", "--help").out()).contains("file:line:column");
        assertThat(run("stats", "--help").out()).contains("Markdown");
        assertThat(run("--help").out()).contains("validate").contains("stats").contains("import").contains("export");
        assertThat(run("import", "--help").out()).contains("--from").contains("--into");
        assertThat(run("fmt", "--help").out()).contains("--check").contains("canonical");
    }
}

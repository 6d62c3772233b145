package org.sala.pack.qti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.engine.question.AcceptedAnswer;
import org.sala.engine.question.Choice;
import org.sala.engine.question.Difficulty;
import org.sala.engine.question.OrderItem;
import org.sala.engine.question.OrderingQuestion;
import org.sala.engine.question.OrderingScoring;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.question.TextMatching;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.Problem;
import org.sala.pack.interchange.ExportResult;
import org.sala.pack.interchange.ImportResult;
import org.sala.pack.interchange.ImportedQuestion;
import org.sala.pack.interchange.QuestionFormat;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.SectionRef;

/** Content packages: written and read back, and refused whole when an entry would escape or is too large. */
class QtiPackageTest {

    @TempDir
    Path dir;

    private static final PackQuestion CAPITAL = new PackQuestion(new SingleChoiceQuestion(QuestionBasics.of("capital",
            "Capital of Cambodia?"), List.of(Choice.right("pp", "Phnom Penh", ""), Choice.wrong("sr", "Siem Reap", "")), true),
            Difficulty.EASY, Set.of("geography", "cambodia"), List.of());
    private static final PackQuestion RIVER = new PackQuestion(new ShortAnswerQuestion(QuestionBasics.of("river",
            "Which river?"), List.of(AcceptedAnswer.exact("Mekong", "")), TextMatching.DEFAULT),
            Difficulty.HARD, Set.of("geography"), List.of());
    private static final PackQuestion NEUTRAL = PackQuestion.of(new TrueFalseQuestion(QuestionBasics.of("neutral",
            "Cambodia is neutral by its constitution."), true, "", ""));

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path archive = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(archive); var zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return archive;
    }

    private static final QuestionFormat QTI = new QtiFormat();

    /** Writes the questions as a content package through the format; returns its warnings. */
    private static List<Problem> writePackage(List<PackQuestion> questions, Path archive) throws IOException {
        ExportResult written = QTI.write(questions.stream().map(ImportedQuestion::uncategorized).toList());
        Files.write(archive, written.content());
        return written.warnings();
    }

    private static ImportResult readPackage(Path archive) throws IOException {
        return QTI.read(archive.getFileName().toString(), Files.readAllBytes(archive));
    }

    private static String resource(String name) {
        try (var in = QtiPackageTest.class.getResourceAsStream("/qti/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String manifest(String... hrefs) {
        var resources = new StringBuilder();
        for (String href : hrefs) {
            resources.append("<resource identifier=\"r-").append(href.hashCode() & 0xffff).append("\" type=\"imsqti_item_xmlv3p0\" href=\"")
                    .append(href).append("\"><file href=\"").append(href).append("\"/></resource>\n");
        }
        return "<manifest xmlns=\"http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1\" identifier=\"m\">\n<resources>\n"
                + resources + "</resources>\n</manifest>\n";
    }

    @Test
    void aWrittenPackageReadsBackEqualWithTagsAndDifficulty() throws IOException {
        Path archive = dir.resolve("bank.zip");

        List<Problem> warnings = writePackage(List.of(CAPITAL, RIVER, NEUTRAL), archive);
        ImportResult result = readPackage(archive);

        assertThat(warnings).isEmpty();
        assertThat(result.problems()).isEmpty();
        assertThat(result.packQuestions()).containsExactly(CAPITAL, RIVER, NEUTRAL);
    }

    @Test
    void everyQuestionTypeSurvivesAContentPackage() throws IOException {
        Path archive = dir.resolve("every-type.zip");

        List<Problem> warnings = writePackage(Examples.everyType(), archive);
        ImportResult result = readPackage(archive);

        assertThat(warnings).isEmpty();
        assertThat(result.problems()).isEmpty();
        assertThat(result.packQuestions()).containsExactlyElementsOf(Examples.everyType());
    }

    @Test
    void theManifestListsEachItemAsAQti3ItemResourceWithItsFile() throws IOException {
        Path archive = dir.resolve("bank.zip");
        writePackage(List.of(CAPITAL, RIVER), archive);

        try (var zip = new ZipFile(archive.toFile())) {
            String manifest = new String(zip.getInputStream(zip.getEntry("imsmanifest.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(manifest).contains("xmlns=\"http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1\"")
                    .contains("href=\"items/capital.xml\"").contains("type=\"imsqti_item_xmlv3p0\"")
                    .contains("<file href=\"items/river.xml\"/>").contains("<imsmd:value>difficult</imsmd:value>");
            assertThat(zip.getEntry("items/capital.xml")).isNotNull();
        }
    }

    @Test
    void packageWarningsNameTheQuestionAndTheItemFile() throws IOException {
        var ordering = new PackQuestion(new OrderingQuestion(new QuestionBasics("steps", "Order the steps.", BigDecimal.ONE, "",
                List.of("Start with independence.")), List.of(new OrderItem("a", "A"), new OrderItem("b", "B")), OrderingScoring.ALL_OR_NOTHING),
                Difficulty.MEDIUM, Set.of(), List.of(new SectionRef("history", "steps")));

        List<Problem> warnings = writePackage(List.of(ordering, CAPITAL, CAPITAL), dir.resolve("w.zip"));

        assertThat(warnings).extracting(Problem::toString).containsExactly(
                "items/steps.xml: warning: question 'steps': its 1 hint(s) are not exported: a QTI item scored by the standard"
                        + " templates has no way to show hints",
                "items/steps.xml: warning: question 'steps': the lesson sections that teach it [history#steps] are not exported:"
                        + " they name lessons of this pack",
                "imsmanifest.xml: warning: question 'capital' appears twice; only the first is exported");
    }

    @Test
    void aZipSlipEntryRefusesTheWholePackage() throws IOException {
        String item = QtiExport.writeItem(NEUTRAL);
        Path slip = zip("slip.zip", Map.of("imsmanifest.xml", manifest("neutral.xml"), "neutral.xml", item,
                "../../etc/cron.d/evil", "x"));

        ImportResult result = readPackage(slip);

        assertThat(result.questions()).isEmpty();
        assertThat(result.errors()).singleElement().asString()
                .isEqualTo("slip.zip: entry '../../etc/cron.d/evil' would be written outside the package; the archive is refused");
    }

    @Test
    void absolutePathsAndDriveLettersAreRefusedToo() throws IOException {
        for (String evil : List.of("/etc/passwd", "C:/Windows/evil.xml", "items\\..\\..\\evil.xml")) {
            Path archive = zip("evil.zip", Map.of("imsmanifest.xml", manifest(), evil, "x"));

            assertThat(readPackage(archive).errors()).as(evil).singleElement().asString().contains("outside the package");
        }
    }

    @Test
    void anEntryInflatingPastTheCapRefusesThePackage() throws IOException {
        Path big = zip("big.zip", Map.of("imsmanifest.xml", manifest(), "media/big.bin",
                "0".repeat(ContentPackage.MAX_ENTRY_BYTES + 1)));

        assertThat(readPackage(big).errors()).singleElement().asString().contains("entry 'media/big.bin' inflates to more than 8 MiB");
    }

    @Test
    void aBrokenItemIsReportedAndTheOtherItemsStillImport() throws IOException {
        var files = new LinkedHashMap<String, String>();
        files.put("imsmanifest.xml", manifest("items/good.xml", "items/broken.xml", "items/missing.xml", "../outside.xml",
                "items/hotspot.xml"));
        files.put("items/good.xml", QtiExport.writeItem(NEUTRAL));
        files.put("items/broken.xml", "<qti-assessment-item>\n<oops>\n</qti-assessment-item>");
        files.put("items/hotspot.xml", resource("hotspot-and-choice.xml"));
        Path archive = zip("mixed.zip", files);

        ImportResult result = readPackage(archive);

        assertThat(result.packQuestions()).containsExactly(NEUTRAL);
        assertThat(result.errors()).extracting(Problem::toString).satisfiesExactly(
                broken -> assertThat(broken).startsWith("items/broken.xml:3:").contains("not well-formed"),
                missing -> assertThat(missing).startsWith("imsmanifest.xml:5:").contains("'items/missing.xml', which the package does not hold"),
                outside -> assertThat(outside).startsWith("imsmanifest.xml:6:").contains("not a file inside the package"),
                hotspot -> assertThat(hotspot).startsWith("items/hotspot.xml:6:").contains("qti-hotspot-interaction is not supported"));
    }

    @Test
    void anArchiveWithoutAManifestOrNotAZipIsOneError() throws IOException {
        Path empty = zip("empty.zip", Map.of("item.xml", QtiExport.writeItem(NEUTRAL)));
        Path text = Files.writeString(dir.resolve("text.zip"), "this is not a zip archive");

        assertThat(readPackage(empty).errors()).singleElement().asString().contains("has no imsmanifest.xml");
        assertThat(readPackage(text).errors()).singleElement().asString().startsWith("text.zip: ");
    }

    @Test
    void aPackageIsToldByItsFirstBytesWhateverItsNameAndAnItemByItsText() throws IOException {
        Path archive = dir.resolve("bank.zip");
        writePackage(List.of(CAPITAL, NEUTRAL), archive);

        ImportResult misnamed = QTI.read("bank.xml", Files.readAllBytes(archive));
        ImportResult item = QTI.read("neutral.xml", QtiExport.writeItem(NEUTRAL).getBytes(StandardCharsets.UTF_8));

        assertThat(misnamed.problems()).isEmpty();
        assertThat(misnamed.packQuestions()).containsExactly(CAPITAL, NEUTRAL);
        assertThat(item.problems()).isEmpty();
        assertThat(item.packQuestions()).containsExactly(NEUTRAL);
    }

    @Test
    void anItemInLatin1IsReadAsWindows1252WithAWarningAndABinaryFileIsOneError() {
        byte[] latin1 = QtiExport.writeItem(NEUTRAL).replace("neutral by", "neutral by its constitution, caf\u00e9")
                .getBytes(StandardCharsets.ISO_8859_1);

        ImportResult read = QTI.read("latin1.xml", latin1);

        assertThat(read.packQuestions()).singleElement().satisfies(question -> assertThat(question.question().prompt()).contains("caf\u00e9"));
        assertThat(read.problems()).extracting(Problem::toString).containsExactly("latin1.xml: warning: is not UTF-8; read as Windows-1252"
                + " (accented letters as Windows writes them); give the file's encoding to read it otherwise");
        ImportResult binary = QTI.read("photo.xml", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0});
        assertThat(binary.questions()).isEmpty();
        assertThat(binary.problems()).extracting(Problem::toString)
                .containsExactly("photo.xml: is not a text file (it holds binary data); export the questions as text first");
    }

    @Test
    void aCategoryIsLeftOutOfAPackageWithAWarningNamingTheQuestion() {
        ExportResult written = QTI.write(List.of(new ImportedQuestion("ASEAN/Members", NEUTRAL)));

        assertThat(written.warnings()).extracting(Problem::toString).containsExactly("items/neutral.xml: warning: question 'neutral':"
                + " its category 'ASEAN/Members' is not exported: a QTI content package files no question under a category");
    }

    /** A vendor's item: an identifier that is no Sala id, scored by the hand-written form of match_correct. */
    private static String handWritten(String identifier, String prompt) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="%s" title="T" time-dependent="false">
                  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
                    <qti-correct-response><qti-value>ChoiceA</qti-value></qti-correct-response>
                  </qti-response-declaration>
                  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"><qti-default-value><qti-value>0</qti-value></qti-default-value></qti-outcome-declaration>
                  <qti-outcome-declaration identifier="MAXSCORE" cardinality="single" base-type="float"><qti-default-value><qti-value>2</qti-value></qti-default-value></qti-outcome-declaration>
                  <qti-item-body>
                    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
                      <qti-prompt>%s</qti-prompt>
                      <qti-simple-choice identifier="ChoiceA">Phnom Penh</qti-simple-choice>
                      <qti-simple-choice identifier="ChoiceB">Siem Reap</qti-simple-choice>
                    </qti-choice-interaction>
                  </qti-item-body>
                  <qti-response-processing>
                    <qti-response-condition>
                      <qti-response-if>
                        <qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-match>
                        <qti-set-outcome-value identifier="SCORE"><qti-variable identifier="MAXSCORE"/></qti-set-outcome-value>
                      </qti-response-if>
                      <qti-response-else>
                        <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">0</qti-base-value></qti-set-outcome-value>
                      </qti-response-else>
                    </qti-response-condition>
                  </qti-response-processing>
                </qti-assessment-item>
                """.formatted(identifier, prompt);
    }

    @Test
    void aPackageListingOnlyItsTestIsReadThroughTheTestsItemReferencesAndHandWrittenMatchCorrectScores() throws IOException {
        String manifest = "<manifest xmlns=\"http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1\" identifier=\"m\"><resources>"
                + "<resource identifier=\"TEST-1\" type=\"imsqti_test_xmlv3p0\" href=\"tests/test.xml\"><file href=\"tests/test.xml\"/></resource>"
                + "</resources></manifest>";
        String test = """
                <qti-assessment-test xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="TEST-1" title="Capitals">
                  <qti-test-part identifier="P1" navigation-mode="linear" submission-mode="individual">
                    <qti-assessment-section identifier="S1" title="S" visible="true">
                      <qti-assessment-item-ref identifier="ITM-1" href="../items/ITM-choice.xml"/>
                      <qti-assessment-item-ref identifier="QUE_1_1" href="../items/QUE_1_1.xml"/>
                      <qti-assessment-item-ref identifier="GONE" href="../items/missing.xml"/>
                    </qti-assessment-section>
                  </qti-test-part>
                </qti-assessment-test>
                """;
        Path archive = zip("vendor.zip", Map.of("imsmanifest.xml", manifest, "tests/test.xml", test,
                "items/ITM-choice.xml", handWritten("ITM-choice", "Capital of Cambodia?"),
                "items/QUE_1_1.xml", handWritten("QUE_1_1", "Seat of government?")));

        ImportResult read = readPackage(archive);

        assertThat(read.packQuestions()).extracting(PackQuestion::id).containsExactly("itm-choice", "que-1-1");
        var capital = (SingleChoiceQuestion) read.packQuestions().get(0).question();
        assertThat(capital.points()).isEqualByComparingTo("2");
        assertThat(capital.choices()).extracting(choice -> choice.credit().signum()).containsExactly(1, 0);
        assertThat(read.errors()).extracting(Problem::toString).singleElement().asString()
                .startsWith("tests/test.xml:").contains("item reference 'GONE' points at '../items/missing.xml', which the package does not hold; skipped");
        assertThat(read.warnings()).extracting(Problem::message).contains(
                "item 'ITM-choice' is imported as question 'itm-choice' (a Sala id holds lower-case letters, digits and hyphens)");
    }
}

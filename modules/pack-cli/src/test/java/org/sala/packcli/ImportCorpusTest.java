package org.sala.packcli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code sala-pack import} given what instructors really give it: files in other encodings, files that are no
 * text, truncated files, files of another format than {@code --from} says. Each is exit code 1 with one line
 * naming the file, no stack trace, and the pack untouched; an import that would leave the pack invalid writes
 * nothing; QTI identifiers that are no Sala ids become legal, stable ids.
 */
class ImportCorpusTest {

    @TempDir
    Path dir;

    private Path pack;

    private static SalaPackTest.Run run(String... args) {
        return SalaPackTest.run(args);
    }

    @BeforeEach
    void smallPack() throws IOException {
        pack = dir.resolve("pack");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("pack.yaml"), "id: small\ntitle: Small\nversion: 1\nlessons: [l.md]\nbanks: []\n");
        Files.writeString(pack.resolve("l.md"), "---\nid: l\ntitle: L\norder: 1\n---\n## S\nText.\n");
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static final String GIFT = "::capital:: What is the capital of Cambodia? {=Phnom Penh ~Siem Reap ~Battambang}\n";
    private static final String MOODLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="truefalse">
                <name><text>neutral</text></name>
                <questiontext format="html"><text>Cambodia is neutral by its constitution.</text></questiontext>
                <answer fraction="100"><text>true</text></answer>
                <answer fraction="0"><text>false</text></answer>
              </question>
            </quiz>
            """;

    static Stream<Arguments> unreadable() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        byte[] docx = zip("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
        byte[] truncatedZip = java.util.Arrays.copyOf(zip("items/a.xml", MOODLE.getBytes(StandardCharsets.UTF_8)), 40);
        return Stream.of(
                Arguments.of("gift", "picture.gift", png),
                Arguments.of("moodle-xml", "picture.xml", png),
                Arguments.of("qti", "picture.xml", png),
                Arguments.of("gift", "questions.docx", docx),
                Arguments.of("moodle-xml", "questions.docx", docx),
                Arguments.of("qti", "truncated.zip", truncatedZip),
                Arguments.of("moodle-xml", "truncated.xml", MOODLE.substring(0, 200).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("moodle-xml", "questions.gift", GIFT.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("qti", "questions.gift", GIFT.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("qti", "moodle.xml", MOODLE.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("gift", "moodle.xml", MOODLE.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("gift", "truncated.xml", MOODLE.substring(0, 150).getBytes(StandardCharsets.UTF_8)),
                Arguments.of("gift", "empty.gift", new byte[0]),
                Arguments.of("gift", "utf16-without-mark.gift", GIFT.getBytes(StandardCharsets.UTF_16LE)));
    }

    @ParameterizedTest(name = "--from {0} {1}")
    @MethodSource("unreadable")
    void aFileThatCannotBeImportedIsOneLineAndExitOneAndThePackIsUntouched(String format, String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        String manifest = Files.readString(pack.resolve("pack.yaml"));

        SalaPackTest.Run run = run("import", "--from", format, file.toString(), "--into", pack.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).as(run.out()).hasSize(1);
        assertThat(lines.get(0)).startsWith(name + ":");
        assertThat(lines.get(0).length()).as("one short line").isLessThan(200);
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(pack.resolve("pack.yaml"))).isEqualTo(manifest);
        assertThat(pack.resolve("banks")).doesNotExist();
    }

    @Test
    void windows1252IsReadWithAWarningOrSilentlyWhenGivenAndAByteOrderMarkIsNoProblem() throws IOException {
        Path latin = dir.resolve("cafe.gift");
        Files.write(latin, "::cafe:: Caf\u00e9 is a French word. {T}\n".getBytes(Charset.forName("windows-1252")));
        SalaPackTest.Run guessed = run("import", "--from", "gift", latin.toString(), "--into", pack.toString(), "--bank", "guessed");
        assertThat(guessed.out()).contains("cafe.gift: warning: is not UTF-8; read as Windows-1252").contains("1 question(s) imported");
        assertThat(Files.readString(pack.resolve("banks/guessed.yaml"))).contains("Café is a French word.");

        SalaPackTest.Run given = run("import", "--from", "gift", latin.toString(), "--into", pack.toString(), "--bank", "given", "--encoding", "windows-1252");
        assertThat(given.out()).doesNotContain("warning: is not UTF-8").contains("1 question(s) imported");
        SalaPackTest.Run wrong = run("import", "--from", "gift", latin.toString(), "--into", pack.toString(), "--bank", "wrong", "--encoding", "UTF-8");
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.out().strip()).isEqualTo("cafe.gift: is not UTF-8 text; check --encoding");
        assertThat(run("import", "--from", "gift", latin.toString(), "--into", pack.toString(), "--encoding", "klingon").exitCode()).isEqualTo(2);

        Path marked = dir.resolve("marked.xml");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = MOODLE.getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withMark, 0, bom.length);
        System.arraycopy(body, 0, withMark, bom.length, body.length);
        Files.write(marked, withMark);
        SalaPackTest.Run moodle = run("import", "--from", "moodle-xml", marked.toString(), "--into", pack.toString(), "--bank", "marked");
        assertThat(moodle.out()).doesNotContain("prolog").contains("1 question(s) imported");
        assertThat(moodle.exitCode()).isZero();
    }

    @Test
    void qtiIdentifiersBecomeLegalStableIdsAndThePackValidates() throws IOException {
        Path item = dir.resolve("ITM-choice.xml");
        Files.writeString(item, """
                <?xml version="1.0" encoding="UTF-8"?>
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="ITM-choice" title="Capital" adaptive="false" time-dependent="false">
                  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
                    <qti-correct-response><qti-value>A</qti-value></qti-correct-response>
                  </qti-response-declaration>
                  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>
                  <qti-item-body>
                    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
                      <qti-prompt>What is the capital of Cambodia?</qti-prompt>
                      <qti-simple-choice identifier="A">Phnom Penh</qti-simple-choice>
                      <qti-simple-choice identifier="B">Siem Reap</qti-simple-choice>
                    </qti-choice-interaction>
                  </qti-item-body>
                  <qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml"/>
                </qti-assessment-item>
                """);

        SalaPackTest.Run run = run("import", "--from", "qti", item.toString(), "--into", pack.toString(), "--bank", "qti");

        assertThat(run.out()).contains("item 'ITM-choice' is imported as question 'itm-choice'").contains("1 question(s) imported")
                .contains("0 error(s)");
        assertThat(Files.readString(pack.resolve("banks/qti.yaml"))).contains("id: itm-choice");
        assertThat(run("validate", pack.toString()).exitCode()).isZero();
    }

    @Test
    void anImportThatWouldLeaveThePackInvalidWritesNothing() throws IOException {
        Path gift = dir.resolve("capital.gift");
        Files.writeString(gift, GIFT);
        String manifest = Files.readString(pack.resolve("pack.yaml"));

        SalaPackTest.Run run = run("import", "--from", "gift", gift.toString(), "--into", pack.toString(), "--bank", "Not_A_Valid_Id");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("id 'Not_A_Valid_Id' may hold only").contains("nothing was written");
        assertThat(Files.readString(pack.resolve("pack.yaml"))).isEqualTo(manifest);
        assertThat(pack.resolve("banks/Not_A_Valid_Id.yaml")).doesNotExist();
    }

    @Test
    void moodleCategoriesAreKeptAsTagsAndSaidSo() throws IOException {
        Path xml = dir.resolve("categories.xml");
        Files.writeString(xml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="category"><category><text>$course$/top/ASEAN/Members</text></category></question>
                  <question type="truefalse">
                    <name><text>Tenth member</text></name>
                    <questiontext format="html"><text><![CDATA[<p>Cambodia was the <b>tenth</b> member.</p>]]></text></questiontext>
                    <answer fraction="100"><text>true</text></answer>
                    <answer fraction="0"><text>false</text></answer>
                  </question>
                  <question type="category"><category><text>$course$/top/Default for Cambodia</text></category></question>
                  <question type="truefalse">
                    <name><text>Neutral</text></name>
                    <questiontext><text>Cambodia is neutral.</text></questiontext>
                    <answer fraction="100"><text>true</text></answer>
                    <answer fraction="0"><text>false</text></answer>
                  </question>
                </quiz>
                """);

        SalaPackTest.Run run = run("import", "--from", "moodle-xml", xml.toString(), "--into", pack.toString(), "--bank", "moodle");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("categories.xml: categories are kept as tags: asean-members (1)");
        String bank = Files.readString(pack.resolve("banks/moodle.yaml"));
        assertThat(bank).contains("asean-members").contains("Cambodia was the **tenth** member.").doesNotContain("<b>");
    }
}

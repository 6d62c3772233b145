package org.sala.pack.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sala.pack.Problem;
import org.sala.pack.interchange.ExportResult;
import org.sala.pack.interchange.ImportResult;
import org.sala.pack.interchange.ImportedQuestion;
import org.sala.pack.interchange.QuestionFormat;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.read.PackReader;
import org.sala.pack.read.Sources;

/** What every registered format promises, checked on each of them with the same course-like questions. */
class QuestionFormatContractTest {

    /**
     * The questions of the guide's example pack, one of each type with feedback, partial credit, hints and
     * tags. Their lesson sections are dropped: they name lessons of that pack, which no format can carry.
     */
    private static List<PackQuestion> sample;

    @BeforeAll
    static void readTheSample() throws URISyntaxException {
        Path root = Path.of(QuestionFormatContractTest.class.getResource("/packs/every-type/pack.yaml").toURI()).getParent();
        sample = PackReader.read(Sources.directory(root)).pack().orElseThrow().questions().stream()
                .map(question -> new PackQuestion(question.question(), question.difficulty(), question.tags(), List.of())).toList();
    }

    static Stream<Named<QuestionFormat>> formats() {
        return QuestionFormats.all().stream().map(format -> Named.of(format.name(), format));
    }

    private static List<ImportedQuestion> uncategorized(List<PackQuestion> questions) {
        return questions.stream().map(ImportedQuestion::uncategorized).toList();
    }

    private static ImportResult readBack(QuestionFormat format, ExportResult written) {
        return format.read("sample." + format.fileExtension(), written.content());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void everyQuestionWrittenComesBackEqualUnlessAWarningNamesIt(QuestionFormat format) {
        ExportResult written = format.write(uncategorized(sample));
        ImportResult read = readBack(format, written);

        assertThat(read.errors()).as("errors reading back what %s wrote", format.name()).isEmpty();
        var equal = new ArrayList<String>();
        for (PackQuestion question : sample) {
            Optional<PackQuestion> back = read.packQuestions().stream().filter(other -> other.id().equals(question.id())).findFirst();
            if (back.equals(Optional.of(question))) {
                equal.add(question.id());
            } else {
                assertThat(written.warnings()).as("%s changed question '%s' without a warning", format.name(), question.id())
                        .extracting(Problem::message).anyMatch(message -> message.startsWith("question '" + question.id() + "'"));
            }
        }
        assertThat(equal).as("questions %s wrote that came back equal", format.name()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void writingNoQuestionsGivesAFileThatReadsBackEmptyWithoutProblems(QuestionFormat format) {
        ExportResult written = format.write(List.of());

        assertThat(written.warnings()).isEmpty();
        assertThat(readBack(format, written).questions()).isEmpty();
        assertThat(readBack(format, written).problems()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void bytesThatAreNotTheFormatImportNothingAndSayWhyInsteadOfThrowing(QuestionFormat format) {
        byte[] notText = {(byte) 0xff, (byte) 0xfe, 'P', 'K', 0, (byte) 0xc3, '{', '<'};

        ImportResult read = format.read("broken." + format.fileExtension(), notText);

        assertThat(read.questions()).isEmpty();
        assertThat(read.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.file()).isEqualTo("broken." + format.fileExtension()));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aCategoryComesBackOrAWarningSaysItWasLeftOut(QuestionFormat format) {
        List<ImportedQuestion> filed = sample.stream().map(question -> new ImportedQuestion("ASEAN/Members", question)).toList();

        ExportResult written = format.write(filed);
        ImportResult read = readBack(format, written);

        for (ImportedQuestion back : read.questions()) {
            if (!back.category().equals("ASEAN/Members")) {
                assertThat(written.warnings()).extracting(Problem::message).as("%s lost the category of '%s'", format.name(), back.id())
                        .anyMatch(message -> message.startsWith("question '" + back.id() + "'") && message.contains("category"));
            }
        }
    }

    @Test
    void theRegistryHoldsExactlyGiftMoodleXmlAndQti() {
        assertThat(QuestionFormats.names()).containsExactly("gift", "moodle-xml", "qti");
        assertThat(QuestionFormats.all()).extracting(QuestionFormat::fileExtension).containsExactly("gift", "xml", "zip");
    }

    @Test
    void eachFormatIsFoundByItsName() {
        for (QuestionFormat format : QuestionFormats.all()) {
            assertThat(QuestionFormats.named(format.name())).isSameAs(format);
        }
    }

    @Test
    void anUnknownNameIsOneLineThatNamesTheKnownFormats() {
        assertThatThrownBy(() -> QuestionFormats.named("docx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format 'docx'; known formats are gift, moodle-xml, qti");
    }
}

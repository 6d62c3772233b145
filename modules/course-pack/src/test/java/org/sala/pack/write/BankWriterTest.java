package org.sala.pack.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.pack.model.Bank;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.read.PackReader;
import org.sala.pack.read.ReadResult;
import org.sala.pack.read.Sources;

/** Questions written as a bank file read back equal: model -> YAML -> model. */
class BankWriterTest {

    @TempDir
    Path dir;

    private static Pack everyType() throws URISyntaxException {
        Path root = Path.of(BankWriterTest.class.getResource("/packs/every-type/pack.yaml").toURI()).getParent();
        return PackReader.read(Sources.directory(root)).pack().orElseThrow();
    }

    @Test
    void everyTypeOfQuestionReadsBackEqualFromTheWrittenBank() throws IOException, URISyntaxException {
        Pack original = everyType();
        List<PackQuestion> questions = original.questions();
        Files.createDirectories(dir.resolve("lessons"));
        Files.copy(Path.of(BankWriterTest.class.getResource("/packs/every-type/lessons/asean.md").toURI()), dir.resolve("lessons/asean.md"));
        Files.writeString(dir.resolve("pack.yaml"), "id: rewritten\ntitle: R\nversion: 1\nlessons: [lessons/asean.md]\nbanks: [bank.yaml]\n");
        Files.writeString(dir.resolve("bank.yaml"), BankWriter.write("all", "Everything", questions));

        ReadResult result = PackReader.read(Sources.directory(dir));

        assertThat(result.errors()).isEmpty();
        Bank bank = result.pack().orElseThrow().banks().get(0);
        assertThat(bank.questions()).hasSameSizeAs(questions);
        for (int i = 0; i < questions.size(); i++) {
            assertThat(bank.questions().get(i)).as(questions.get(i).id()).isEqualTo(questions.get(i));
        }
    }

    @Test
    void theWrittenFileLooksHandWrittenWithDefaultsLeftOutAndPlainNumbers() throws URISyntaxException {
        String yaml = BankWriter.write("all", "Everything", everyType().questions());

        assertThat(yaml).contains("- id: entry-year-choice").contains("value: 1999").contains("credit: 0.5")
                .doesNotContain("points: 1\n").doesNotContain("value: '1999'").doesNotContain("!!");
    }

    @Test
    void everyTextAndNumericAnswerStatesItsCreditEvenAWrongOneOrALoneRightOne() throws URISyntaxException {
        String yaml = BankWriter.write("all", "Everything", everyType().questions());

        assertThat(yaml).contains("- text: Asian\n        credit: 0\n").contains("- value: 1997\n        credit: 0\n")
                .contains("- value: 1999\n        credit: 1\n").contains("- text: ASEAN\n            credit: 1\n");
    }
}

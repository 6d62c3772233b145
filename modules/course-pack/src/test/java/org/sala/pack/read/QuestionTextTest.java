package org.sala.pack.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.sala.engine.question.Question;
import org.sala.engine.question.QuestionBasics;
import org.sala.engine.question.TrueFalseQuestion;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;

/** A question's canonical text reads back equal, and its version changes exactly when the question does. */
class QuestionTextTest {

    private static Pack everyType() throws URISyntaxException {
        Path root = Path.of(QuestionTextTest.class.getResource("/packs/every-type/pack.yaml").toURI()).getParent();
        return PackReader.read(Sources.directory(root)).pack().orElseThrow();
    }

    @Test
    void everyTypeOfQuestionReadsBackEqualFromItsText() throws URISyntaxException {
        for (PackQuestion authored : everyType().questions()) {
            Question question = authored.question();
            String text = QuestionText.write(question);

            assertThat(QuestionText.read(text)).as(text).isEqualTo(question);
            assertThat(QuestionText.write(QuestionText.read(text))).as("the text is canonical").isEqualTo(text);
        }
    }

    @Test
    void questionsThatDifferHaveDifferentVersionsAndEqualOnesTheSame() throws URISyntaxException {
        var versions = new HashSet<String>();
        for (PackQuestion authored : everyType().questions()) {
            String version = QuestionText.version(authored.question());
            assertThat(version).matches("[0-9a-f]{64}");
            assertThat(versions.add(version)).as(authored.id()).isTrue();
            assertThat(QuestionText.version(QuestionText.read(QuestionText.write(authored.question())))).isEqualTo(version);
        }
    }

    @Test
    void aFixedKeyIsANewVersion() {
        var basics = QuestionBasics.of("apec", "Cambodia is a member of APEC.");
        Question wrongKey = new TrueFalseQuestion(basics, true, "", "");
        Question fixed = new TrueFalseQuestion(basics, false, "", "");

        assertThat(QuestionText.version(fixed)).isNotEqualTo(QuestionText.version(wrongKey));
    }

    @Test
    void textThatHoldsNoQuestionIsRefusedWithWhereAndWhy() {
        assertThatThrownBy(() -> QuestionText.read("id: x\ntype: single-choice\nprompt: P\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("question:");
        assertThatThrownBy(() -> QuestionText.read("id: [unclosed")).isInstanceOf(IllegalArgumentException.class);
    }
}

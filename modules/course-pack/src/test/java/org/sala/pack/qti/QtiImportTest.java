package org.sala.pack.qti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sala.engine.question.AcceptedAnswer;
import org.sala.engine.question.ClozeQuestion;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.pack.Problem;
import org.sala.pack.interchange.ImportResult;

/** Items Sala did not write, and items that are broken or hostile: problems with their place, never an exception. */
class QtiImportTest {

    private static String resource(String name) {
        try (InputStream in = QtiImportTest.class.getResourceAsStream("/qti/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportResult read(String name) {
        return QtiImport.readItem(name, resource(name));
    }

    private static String item(String responseProcessing) {
        return """
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="q" title="Q" time-dependent="false">
                  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
                    <qti-correct-response><qti-value>a</qti-value></qti-correct-response>
                  </qti-response-declaration>
                  <qti-item-body>
                    <p>Pick a.</p>
                    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
                      <qti-simple-choice identifier="a">A</qti-simple-choice>
                      <qti-simple-choice identifier="b">B</qti-simple-choice>
                    </qti-choice-interaction>
                  </qti-item-body>
                  %s
                </qti-assessment-item>
                """.formatted(responseProcessing);
    }

    @Test
    void aSpecStyleChoiceItemImportsWithItsPromptAndRightOption() {
        ImportResult result = read("spec-choice.xml");

        assertThat(result.problems()).isEmpty();
        var question = (SingleChoiceQuestion) result.packQuestions().get(0).question();
        assertThat(question.id()).isEqualTo("luggage");
        assertThat(question.prompt()).isEqualTo("Look at the sign in the station.\n\nWhat does it say?");
        assertThat(question.choice("ChoiceA").orElseThrow().isFullCredit()).isTrue();
        assertThat(question.choice("ChoiceA").orElseThrow().text()).isEqualTo("You must *stay with* your luggage at all times.");
        assertThat(question.choice("ChoiceB").orElseThrow().credit()).isZero();
        assertThat(question.shuffle()).isFalse();
        assertThat(question.points()).isEqualByComparingTo("1");
    }

    @Test
    void mappedValuesGivenInPointsAreReadAsSharesOfTheBestWithAWarning() {
        ImportResult result = read("points-text-entry.xml");

        var question = (ShortAnswerQuestion) result.packQuestions().get(0).question();
        assertThat(question.prompt()).isEqualTo("Which river flows through Phnom Penh?");
        assertThat(question.points()).isEqualByComparingTo("2");
        assertThat(question.answers()).extracting(AcceptedAnswer::text, AcceptedAnswer::credit).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Mekong", BigDecimal.ONE),
                org.assertj.core.groups.Tuple.tuple("Mekong River", BigDecimal.ONE),
                org.assertj.core.groups.Tuple.tuple("Tonle Sap", new BigDecimal("0.5")));
        assertThat(question.matching().caseSensitive()).isFalse();
        assertThat(result.warnings()).singleElement().asString().startsWith("points-text-entry.xml:3:").contains("shares of it");
    }

    @Test
    void aTextEntryInsideASentenceIsAClozeAndTheHeadingBeforeItThePrompt() {
        ImportResult result = read("cloze-without-marker.xml");

        assertThat(result.problems()).isEmpty();
        var question = (ClozeQuestion) result.packQuestions().get(0).question();
        assertThat(question.prompt()).isEqualTo("## The great lake");
        assertThat(ClozeQuestion.markers(question.text())).containsExactly("LAKE", "SEASON");
        assertThat(question.gaps().get(0).question()).isInstanceOf(ShortAnswerQuestion.class);
        assertThat(question.gaps().get(1).question()).isInstanceOfSatisfying(SingleChoiceQuestion.class,
                season -> assertThat(season.choice("wet").orElseThrow().isFullCredit()).isTrue());
    }

    @Test
    void anUnsupportedInteractionIsAnErrorNamingItAndItsLine() {
        ImportResult result = read("hotspot-and-choice.xml");

        assertThat(result.questions()).isEmpty();
        assertThat(result.errors()).singleElement().asString()
                .startsWith("hotspot-and-choice.xml:6:").contains("qti-hotspot-interaction is not supported");
    }

    @Test
    void customResponseProcessingSalaCannotReadIsAnErrorNamingTheItem() {
        ImportResult result = read("custom-processing.xml");

        assertThat(result.questions()).isEmpty();
        assertThat(result.errors()).singleElement().asString()
                .startsWith("custom-processing.xml:16:").contains("item 'random-bonus'").contains("qti-random-float");
    }

    @Test
    void bothSpellingsOfTheTemplateUrisAreRecognised() {
        for (String template : List.of("https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct",
                "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml",
                "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct")) {
            ImportResult result = QtiImport.readItem("q.xml", item("<qti-response-processing template=\"" + template + "\"/>"));

            assertThat(result.problems()).as(template).isEmpty();
            assertThat(result.questions()).hasSize(1);
        }
    }

    @Test
    void anUnknownTemplateIsAnError() {
        ImportResult result = QtiImport.readItem("q.xml", item(
                "<qti-response-processing template=\"https://example.org/rptemplates/my_rules.xml\"/>"));

        assertThat(result.errors()).singleElement().asString().contains("my_rules.xml").contains("item 'q'");
    }

    @Test
    void anItemWithoutResponseProcessingIsReadAsMatchCorrectWithAWarning() {
        ImportResult result = QtiImport.readItem("q.xml", item(""));

        assertThat(result.questions()).hasSize(1);
        assertThat(result.warnings()).singleElement().asString().contains("no response processing");
    }

    @Test
    void malformedXmlIsAProblemWithItsPlaceAndNoException() {
        ImportResult result = QtiImport.readItem("broken.xml",
                "<qti-assessment-item identifier=\"x\">\n  <qti-item-body>\n</qti-assessment-item>");

        assertThat(result.questions()).isEmpty();
        assertThat(result.errors()).singleElement().asString().startsWith("broken.xml:3:").contains("not well-formed XML");
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedNotResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE qti-assessment-item [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="x" title="&secret;" time-dependent="false"/>
                """;

        ImportResult result = QtiImport.readItem("evil.xml", xxe);

        assertThat(result.questions()).isEmpty();
        assertThat(result.errors()).singleElement().asString().startsWith("evil.xml:2:").contains("DOCTYPE")
                .doesNotContain("root:");
    }

    @Test
    void aQti2ItemIsAnErrorSayingSo() {
        ImportResult result = QtiImport.readItem("old.xml",
                "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" identifier=\"x\"/>");

        assertThat(result.errors()).singleElement().asString().startsWith("old.xml:1:").contains("QTI 2 item");
    }

    @Test
    void anItemTheEngineWouldRefuseIsAnErrorNotAnException() {
        ImportResult result = QtiImport.readItem("q.xml", item("""
                <qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml"/>
                """).replace("<qti-value>a</qti-value>", ""));

        assertThat(result.questions()).isEmpty();
        assertThat(result.errors()).singleElement().asString().contains("cannot become a Sala question").contains("no right option");
    }

    @Test
    void aResponseValueNamingNoChoiceIsAnError() {
        ImportResult result = QtiImport.readItem("q.xml", item("""
                <qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml"/>
                """).replace("<qti-value>a</qti-value>", "<qti-value>z</qti-value>"));

        assertThat(result.errors()).singleElement().asString().contains("'z' names no choice");
    }

    @Test
    void aNumericLadderWithAsymmetricTolerancesUsesTheLargerWithAWarning() {
        String xml = """
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="pi" title="Pi" time-dependent="false">
                  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="float"/>
                  <qti-item-body><p>Give pi to two places.</p><p><qti-text-entry-interaction response-identifier="RESPONSE"/></p></qti-item-body>
                  <qti-response-processing>
                    <qti-response-condition>
                      <qti-response-if>
                        <qti-equal tolerance-mode="absolute" tolerance="0.01 0.02">
                          <qti-variable identifier="RESPONSE"/><qti-base-value base-type="float">3.14</qti-base-value>
                        </qti-equal>
                        <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">1</qti-base-value></qti-set-outcome-value>
                      </qti-response-if>
                    </qti-response-condition>
                  </qti-response-processing>
                </qti-assessment-item>
                """;

        ImportResult result = QtiImport.readItem("pi.xml", xml);

        var question = (NumericQuestion) result.packQuestions().get(0).question();
        assertThat(question.answers().get(0).tolerance()).isEqualByComparingTo("0.02");
        assertThat(question.match(new BigDecimal("3.16"))).isPresent();
        assertThat(result.warnings()).singleElement().asString().contains("different tolerances");
    }

    @Test
    void everyProblemOfAnItemIsReportedWithTheFileName() {
        ImportResult result = QtiImport.readItem("items/a.xml", "not xml at all");

        assertThat(result.problems()).allSatisfy(problem -> assertThat(problem.file()).isEqualTo("items/a.xml"));
        assertThat(result.problems()).extracting(Problem::severity).containsOnly(Problem.Severity.ERROR);
    }
}

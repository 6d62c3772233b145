package org.sala.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sala.engine.question.NumericQuestion;
import org.sala.engine.question.Question;
import org.sala.engine.question.ShortAnswerQuestion;
import org.sala.engine.response.Response;
import org.sala.engine.scoring.Grader;
import org.sala.engine.scoring.Score;
import org.sala.pack.discovery.PackDiscovery;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.read.PackReader;

/**
 * The answer key of every numeric and short-answer question, written out here by hand from the fact
 * sheet, and checked against what the grader actually gives: exactly the intended values earn credit. A
 * wrong value that the bank lists only to give feedback on a mistake must earn nothing.
 */
class AnswerKeyTest {

    /** Full credit inside {@code full}, half inside {@code half} (outside full), nothing elsewhere; ranges inclusive. */
    private record Numbers(double fullFrom, double fullTo, double halfFrom, double halfTo) {
        static Numbers exactly(double value) {
            return new Numbers(value, value, value, value);
        }

        static Numbers between(double from, double to, double halfFrom, double halfTo) {
            return new Numbers(from, to, halfFrom, halfTo);
        }

        BigDecimal expected(double value) {
            if (value >= fullFrom && value <= fullTo) {
                return BigDecimal.ONE;
            }
            return value >= halfFrom && value <= halfTo ? new BigDecimal("0.5") : BigDecimal.ZERO;
        }
    }

    /** Typed answers that earn full credit, half credit, and (common mistakes) nothing. */
    private record Texts(List<String> right, List<String> half, List<String> wrong) {
    }

    private static final Map<String, Numbers> NUMBERS = Map.ofEntries(
            Map.entry("aid-imf-start", Numbers.exactly(1993)),
            Map.entry("aid-gdp-share", Numbers.between(11, 13, 9, 15)),
            Map.entry("aid-budget-1997", Numbers.between(38, 42, 35, 45)),
            Map.entry("asean-entry-year", Numbers.exactly(1999)),
            Map.entry("asean-wto-member-number", Numbers.exactly(148)),
            Map.entry("asean-un-member-year", Numbers.exactly(1955)),
            Map.entry("bd-1985-treaty-year", Numbers.exactly(1985)),
            Map.entry("bd-icj-year", Numbers.exactly(1962)),
            Map.entry("bd-icj-votes", Numbers.exactly(9)),
            Map.entry("cv-phnom-penh-fell-year", Numbers.exactly(1979)),
            Map.entry("cv-cgdk-year", Numbers.exactly(1982)),
            Map.entry("cv-vietnam-withdrawal-year", Numbers.exactly(1989)),
            Map.entry("def-australia-resumed-year", Numbers.exactly(1999)),
            Map.entry("def-ream-year", Numbers.exactly(2022)),
            Map.entry("def-vietnam-withdrawal", Numbers.exactly(1989)),
            Map.entry("gl-north-korea-withdrawal", Numbers.exactly(2003)),
            Map.entry("intro-independence-year", Numbers.exactly(1953)),
            Map.entry("intro-un-member-year", Numbers.exactly(1955)),
            Map.entry("intro-hun-manet-year", Numbers.exactly(2023)),
            Map.entry("mk-upstream-dams", Numbers.between(11, 11, 9, 13)),
            Map.entry("mk-mrc-year", Numbers.exactly(1995)),
            Map.entry("mk-farming-share", Numbers.between(52, 58, 49, 61)),
            Map.entry("tw-switch-year", Numbers.exactly(1997)),
            Map.entry("tw-ties-year", Numbers.exactly(1958)),
            Map.entry("tw-partnership-year", Numbers.exactly(2010)),
            Map.entry("un-paris-year", Numbers.exactly(1991)),
            Map.entry("un-membership-year", Numbers.exactly(1955)),
            Map.entry("un-hun-manet-year", Numbers.exactly(2023)));

    private static final Texts DEMOCRATIC_KAMPUCHEA = new Texts(List.of("Democratic Kampuchea", "democratic kampuchea", "DK"),
            List.of("Kampuchea"), List.of("People's Republic of Kampuchea", "Khmer Rouge", "Cambodia"));
    private static final Texts REAM = new Texts(List.of("Ream", "Ream Naval Base", "ream naval base"), List.of(),
            List.of("Sihanoukville", "Kampot", "Cam Ranh"));

    private static final Map<String, Texts> TEXTS = Map.ofEntries(
            Map.entry("aid-rgc", new Texts(List.of("Royal Government of Cambodia", "Royal Govt of Cambodia", "the Royal Cambodian Government"),
                    List.of("Royal Government"), List.of("Hun Sen government", "Cambodian People's Party", "Kingdom of Cambodia"))),
            Map.entry("asean-asem-name", new Texts(List.of("Asia-Europe Meeting", "asia europe meeting"), List.of("Asia-Europe"),
                    List.of("Asia-Pacific Economic Cooperation", "ASEAN Regional Forum"))),
            Map.entry("bd-icj-name", new Texts(List.of("International Court of Justice", "ICJ", "the World Court"), List.of(),
                    List.of("International Criminal Court", "ICC", "Permanent Court of Arbitration"))),
            Map.entry("bd-demarcation-term", new Texts(List.of("demarcation", "border demarcation"), List.of(),
                    List.of("delimitation", "annexation"))),
            Map.entry("cv-dk-name", DEMOCRATIC_KAMPUCHEA),
            Map.entry("intro-democratic-kampuchea", DEMOCRATIC_KAMPUCHEA),
            Map.entry("def-rcaf-name", new Texts(List.of("Royal Cambodian Armed Forces", "royal cambodian armed force"), List.of(),
                    List.of("Royal Cambodian Army", "Khmer National Armed Forces"))),
            Map.entry("def-dcp-name", new Texts(List.of("Defence Cooperation Program", "Defense Cooperation Programme"), List.of(),
                    List.of("Defence White Paper", "Defence Cooperation Agreement"))),
            Map.entry("gl-npt-name", new Texts(List.of("Non-Proliferation", "Proliferation"), List.of(), List.of("Nuclear", "Test-Ban"))),
            Map.entry("gl-g4-fourth-member", new Texts(List.of("Brazil", "Brasil"), List.of(), List.of("South Africa", "Japan", "Nigeria"))),
            Map.entry("gls-untac-name", new Texts(List.of("United Nations Transitional Authority in Cambodia", "UN Transitional Authority in Cambodia"),
                    List.of("UN Transitional Authority"), List.of("United Nations Advance Mission in Cambodia"))),
            Map.entry("gls-khmer-rouge", new Texts(List.of("Khmer Rouge", "the Khmer Rouge"), List.of(), List.of("Khmer Issarak", "Viet Minh"))),
            Map.entry("gls-preah-vihear", new Texts(List.of("Preah Vihear", "Preah Vihear temple", "ប្រាសាទព្រះវិហារ", "ព្រះវិហារ"), List.of(),
                    List.of("Angkor Wat", "Ta Moan Thom", "Phnom Penh"))),
            Map.entry("gls-ream", REAM),
            Map.entry("tw-ream-base", REAM),
            Map.entry("gls-bri", new Texts(List.of("Road", "Belt and Road"), List.of(), List.of("Silk Road", "Maritime"))),
            Map.entry("mk-lancang", new Texts(List.of("Lancang", "Lancang Jiang", "Lan Cang"), List.of(), List.of("Yangtze", "Salween"))),
            Map.entry("mk-mrc-name", new Texts(List.of("Mekong River Commission", "MRC"), List.of(),
                    List.of("Mekong River Basin Commission", "Mekong Committee"))),
            Map.entry("mk-cdm-term", new Texts(List.of("Clean Development Mechanism", "CDM"), List.of(), List.of("Kyoto Protocol", "carbon tax"))),
            Map.entry("tw-one-china-term", new Texts(List.of("One-China policy", "one China", "one-China principle"),
                    List.of("one Chinese policy"), List.of("Two Chinas", "Taiwan policy"))),
            Map.entry("un-prk-name", new Texts(List.of("People's Republic of Kampuchea", "Peoples Republic of Kampuchea"),
                    List.of("People's Republic of Cambodia"), List.of("Democratic Kampuchea", "State of Cambodia"))),
            Map.entry("un-untac-name", new Texts(List.of("UNTAC", "United Nations Transitional Authority in Cambodia"),
                    List.of("UN Transitional Authority"), List.of("UNAMIC", "UNTAET"))));

    private static Pack pack;

    @BeforeAll
    static void read() {
        pack = PackReader.read(PackDiscovery.onClasspath(AnswerKeyTest.class.getClassLoader()).get(0)).pack().orElseThrow();
    }

    private static BigDecimal credit(Question question, String typed) {
        Score score = Grader.grade(question, new Response.Text(typed)).score();
        return score.earned().divide(score.possible(), 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    @Test
    void everyNumericAndShortAnswerQuestionIsInTheKey() {
        var numeric = new TreeSet<String>();
        var shortAnswer = new TreeSet<String>();
        for (PackQuestion question : pack.questions()) {
            switch (question.question()) {
                case NumericQuestion ignored -> numeric.add(question.id());
                case ShortAnswerQuestion ignored -> shortAnswer.add(question.id());
                default -> { }
            }
        }

        assertThat(numeric).as("numeric questions").isEqualTo(new TreeSet<>(NUMBERS.keySet()));
        assertThat(shortAnswer).as("short-answer questions").isEqualTo(new TreeSet<>(TEXTS.keySet()));
    }

    @Test
    void exactlyTheIntendedNumbersEarnCredit() {
        var softly = new SoftAssertions();
        NUMBERS.forEach((id, key) -> {
            Question question = pack.question(id).orElseThrow().question();
            // every half step from well below to well above the key, which covers each listed mistake
            for (double value = key.halfFrom() - 60; value <= key.halfTo() + 60; value += 0.5) {
                String typed = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
                softly.assertThat(credit(question, typed)).as(id + " answered " + typed)
                        .isEqualByComparingTo(key.expected(value));
            }
        });
        softly.assertAll();
    }

    @Test
    void theIssuesListedWrongValuesEarnNothingAndKeepTheirFeedback() {
        Map<String, List<String>> mistakes = Map.of("intro-independence-year", List.of("1955"), "intro-un-member-year", List.of("1953"),
                "intro-hun-manet-year", List.of("2022"), "aid-imf-start", List.of("1992", "1991"), "aid-budget-1997", List.of("50"),
                "tw-switch-year", List.of("1999", "2014"), "tw-ties-year", List.of("1953"), "tw-partnership-year", List.of("2008"));
        mistakes.forEach((id, values) -> values.forEach(value -> {
            var grade = Grader.grade(pack.question(id).orElseThrow().question(), new Response.Text(value));
            assertThat(grade.score().earned()).as(id + " " + value).isZero();
            assertThat(grade.feedback()).as(id + " " + value + " feedback").isNotBlank();
        }));
    }

    @Test
    void exactlyTheIntendedTextsEarnCredit() {
        var softly = new SoftAssertions();
        TEXTS.forEach((id, key) -> {
            Question question = pack.question(id).orElseThrow().question();
            var expectations = new ArrayList<Map.Entry<String, BigDecimal>>();
            key.right().forEach(typed -> expectations.add(Map.entry(typed, BigDecimal.ONE)));
            key.half().forEach(typed -> expectations.add(Map.entry(typed, new BigDecimal("0.5"))));
            key.wrong().forEach(typed -> expectations.add(Map.entry(typed, BigDecimal.ZERO)));
            for (var expected : expectations) {
                softly.assertThat(credit(question, expected.getKey())).as(id + " answered '" + expected.getKey() + "'")
                        .isEqualByComparingTo(expected.getValue());
            }
        });
        softly.assertAll();
    }
}

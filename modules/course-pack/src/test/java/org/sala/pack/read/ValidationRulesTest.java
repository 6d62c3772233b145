package org.sala.pack.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.pack.Problem;

/** One broken pack per validation rule: the problem names what is wrong, where, and what would be right. */
class ValidationRulesTest {

    private static final String LESSON = "---\nid: l\ntitle: L\norder: 1\n---\n## Start\nText.\n";

    @TempDir
    Path dir;

    /** A pack with lesson {@code l} (section {@code start}), the given bank and quiz; returns its problems. */
    private ReadResult pack(String bank, String quiz) throws IOException {
        write("pack.yaml", "id: p\ntitle: P\nversion: 1\nlessons: [l.md]\nbanks: [bank.yaml]\nquizzes: [quiz.yaml]\n");
        write("l.md", LESSON);
        write("bank.yaml", bank);
        write("quiz.yaml", quiz);
        return PackReader.read(Sources.directory(dir));
    }

    private ReadResult bank(String questions) throws IOException {
        return pack("id: b\nlesson: l\nquestions:\n" + questions, "id: q\ntitle: Q\ninclude: [ok]\n");
    }

    private static final String OK = """
              - id: ok
                section: start
                prompt: Fine?
                choices:
                  - text: Yes
                    correct: true
                  - text: No
            """;

    private void write(String path, String text) throws IOException {
        Files.writeString(dir.resolve(path), text);
    }

    private static void assertError(ReadResult result, String expected) {
        assertThat(result.pack()).isEmpty();
        assertThat(result.errors()).extracting(Problem::toString).contains(expected);
    }

    @Test
    void aNegativeNumericToleranceIsAnError() throws IOException {
        assertError(bank(OK + """
                  - id: year
                    type: numeric
                    section: start
                    prompt: Year?
                    answers:
                      - value: 1999
                        tolerance: -1
                """), "bank.yaml:17:20: tolerance -1 is negative; write how far from the value an answer may be,"
                + " e.g. 0.5 (or 0.05 with relative: true for 5%)");
    }

    @Test
    void aSecondAnswerWithoutCreditIsAnErrorAtThatAnswerInsteadOfGradingTheMistakeRight() throws IOException {
        assertError(bank(OK + """
                  - id: independence
                    type: numeric
                    section: start
                    prompt: Year of independence?
                    answers:
                      - value: 1953
                        credit: 1
                      - value: 1955
                        feedback: 1955 is when Cambodia joined the UN.
                """), "bank.yaml:18:9: answer 2 of 2 has no 'credit'; when a question or gap has two or more answers,"
                + " each says what it earns: write 'credit: 1' for a right answer, 'credit: 0' for a wrong one listed"
                + " for its feedback (0.5 for half)");
    }

    @Test
    void everyAnswerWithoutCreditIsReportedInShortAnswersAndClozeGapsToo() throws IOException {
        ReadResult result = bank(OK + """
                  - id: capital
                    type: short-answer
                    section: start
                    prompt: Capital?
                    answers:
                      - text: Phnom Penh
                      - text: Siem Reap
                        feedback: The temples, not the capital.
                  - id: gaps
                    type: cloze
                    section: start
                    prompt: Fill.
                    text: Joined {{year}}.
                    gaps:
                      - id: year
                        type: numeric
                        answers:
                          - {value: 1999}
                          - {value: 1998, feedback: The source's mistake.}
                """);

        assertThat(result.pack()).isEmpty();
        assertThat(result.errors()).extracting(Problem::toString).filteredOn(error -> error.contains("has no 'credit'"))
                .extracting(error -> error.substring(0, error.indexOf(": answer")))
                .containsExactly("bank.yaml:16:9", "bank.yaml:17:9", "bank.yaml:28:13", "bank.yaml:29:13");
    }

    @Test
    void aLoneAnswerWithoutCreditIsTheRightOne() throws IOException {
        ReadResult result = bank(OK + """
                  - id: capital
                    type: short-answer
                    section: start
                    prompt: Capital?
                    answers:
                      - text: Phnom Penh
                """);

        assertThat(result.errors()).isEmpty();
    }

    private static String yearQuestion(String id, String fact) {
        return """
                  - id: %s
                    type: numeric
                    tags: [dates]
                    section: start
                    fact: %s
                    prompt: Year?
                    answers:
                      - value: 1999
                """.formatted(id, fact);
    }

    @Test
    void aQuizThatIncludesTwoQuestionsOfOneFactIsAnError() throws IOException {
        ReadResult result = pack("id: b\nlesson: l\nquestions:\n" + OK + yearQuestion("year-a", "entry") + yearQuestion("year-b", "entry"),
                "id: q\ntitle: Q\ninclude: [ok, year-a, year-b]\n");

        assertError(result, "quiz.yaml:3:10: the quiz holds questions 'year-a' and 'year-b', which test the same fact 'entry'; keep one of them");
    }

    @Test
    void aDrawCountsQuestionsOfOneFactOnceAndLeavesOutTheFactsOfIncludedQuestions() throws IOException {
        String bank = "id: b\nlesson: l\nquestions:\n" + OK + yearQuestion("year-a", "entry") + yearQuestion("year-b", "entry")
                + yearQuestion("year-c", "entry") + yearQuestion("year-d", "independence") + yearQuestion("year-e", "independence");

        assertError(pack(bank, "id: q\ntitle: Q\ndraws:\n  - count: 3\n    tags: [dates]\n"), "quiz.yaml:4:12: the quiz draws 3 question(s) tagged"
                + " [dates] from a pool of 2 such question(s) not already in the quiz (5 questions, but those with the same fact"
                + " count once); lower the count or tag more questions");
        assertError(pack(bank, "id: q\ntitle: Q\ninclude: [year-e]\ndraws:\n  - count: 2\n    tags: [dates]\n"),
                "quiz.yaml:5:12: the quiz draws 2 question(s) tagged [dates] from a pool of 1 such question(s) not already in the quiz"
                        + " (3 questions, but those with the same fact count once); lower the count or tag more questions");
        assertThat(pack(bank, "id: q\ntitle: Q\ninclude: [year-e]\ndraws:\n  - count: 1\n    tags: [dates]\n").errors()).isEmpty();
    }

    @Test
    void aFactOfOneQuestionIsAWarningAndAFactMustBeAnId() throws IOException {
        ReadResult lone = bank(OK + yearQuestion("year-a", "entry") + yearQuestion("year-b", "entyr"));

        assertThat(lone.errors()).isEmpty();
        assertThat(lone.warnings()).extracting(Problem::toString).contains(
                "bank.yaml:11:9: warning: question 'year-a' is the only one with fact 'entry'; give the same fact to the questions"
                        + " that test the same thing, or remove it");
        assertError(bank(OK + yearQuestion("year-a", "Entry Year")), "bank.yaml:15:11: fact 'Entry Year' may hold only"
                + " lower-case letters, digits and hyphens, e.g. asean-entry-1999; questions with the same fact are never in one"
                + " attempt together");
    }

    @Test
    void aMatchingPromptUsedTwiceIsAnError() throws IOException {
        assertError(bank(OK + """
                  - id: match
                    type: matching
                    section: start
                    prompt: Match.
                    pairs:
                      - {prompt: ARF, answer: "1994"}
                      - {prompt: ARF, answer: "1996"}
                """), "bank.yaml:16:7: question 'match' has two pairs with the prompt 'ARF'");
    }

    @Test
    void aClozeGapWithoutARightAnswerIsAnError() throws IOException {
        assertError(bank(OK + """
                  - id: gaps
                    type: cloze
                    section: start
                    prompt: Fill.
                    text: Joined {{org}}.
                    gaps:
                      - id: org
                        answers:
                          - {text: ASEAN, credit: 0.5}
                """), "bank.yaml:17:9: gap 'org': accepts no answer with full credit");
    }

    @Test
    void aQuestionIdUsedTwiceInThePackIsAnErrorNamingTheFirstPlace() throws IOException {
        ReadResult result = pack("id: b\nlesson: l\nquestions:\n" + OK, "id: q\ntitle: Q\nlesson: l\nquestions:\n" + OK);

        assertError(result, "quiz.yaml:5:9: question id 'ok' is already used at bank.yaml:4:9; question ids are unique across the pack");
    }

    @Test
    void aDrawLargerThanItsPoolIsAnError() throws IOException {
        ReadResult result = pack("id: b\nlesson: l\nquestions:\n" + OK, """
                id: q
                title: Q
                draws:
                  - count: 30
                    tags: [asean]
                """);

        assertError(result, "quiz.yaml:4:12: the quiz draws 30 question(s) tagged [asean] from a pool of 0 such question(s)"
                + " not already in the quiz; lower the count or tag more questions");
    }

    @Test
    void anIncludedQuestionThatDoesNotExistIsAnError() throws IOException {
        assertError(pack("id: b\nlesson: l\nquestions:\n" + OK, "id: q\ntitle: Q\ninclude: [ok, missing]\n"),
                "quiz.yaml:3:10: the quiz includes question 'missing', which no bank or quiz of the pack has");
    }

    @Test
    void aKeyOfAnotherQuestionTypeIsAnError() throws IOException {
        assertError(bank(OK + """
                  - id: tf
                    type: true-false
                    section: start
                    prompt: True?
                    answer: true
                    choices: []
                """), "bank.yaml:16:14: 'choices' does not apply to a true-false question; its own keys are answer, feedback-false, feedback-true");
    }

    @Test
    void malformedQuizSettingsAreErrorsThatSayWhatWouldBeRight() throws IOException {
        ReadResult result = pack("id: b\nlesson: l\nquestions:\n" + OK, """
                id: q
                title: Q
                mode: exam
                time-limit: forty minutes
                review:
                  after-close: [everything]
                include: [ok]
                """);

        assertThat(result.errors()).extracting(Problem::toString).contains(
                "quiz.yaml:3:7: 'mode' is 'exam'; it is one of deferred, interactive",
                "quiz.yaml:4:13: 'time-limit' of the quiz is 'forty minutes'; write a duration like 45m, 1h30m, 90s or 2d",
                "quiz.yaml:6:16: 'everything' is not something a learner can be shown; write all, none or some of responses,"
                        + " correctness, marks, specific-feedback, general-feedback, right-answer, overall-feedback");
    }

    @Test
    void aQuizThatClosesBeforeItOpensIsAnError() throws IOException {
        assertError(pack("id: b\nlesson: l\nquestions:\n" + OK, """
                id: q
                title: Q
                opens: 2027-02-01T00:00:00Z
                closes: 2027-01-01T00:00:00Z
                include: [ok]
                """), "quiz.yaml:1:1: the quiz's settings: the quiz closes (2027-01-01T00:00:00Z) before it opens (2027-02-01T00:00:00Z)");
    }

    @Test
    void aChoiceQuestionWhoseOptionsAreAllRightIsAWarning() throws IOException {
        ReadResult result = bank(OK + """
                  - id: all-right
                    type: multiple-choice
                    section: start
                    prompt: Which?
                    choices:
                      - {text: A, correct: true}
                      - {text: B, correct: true}
                """);

        assertThat(result.pack()).isPresent();
        assertThat(result.warnings()).extracting(Problem::toString)
                .containsExactly("bank.yaml:16:7: warning: question 'all-right': every option is right, so the question tests nothing; add a wrong option");
    }
}

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
                .containsExactly("bank.yaml:16:7: warning: question 2: every option is right, so the question tests nothing; add a wrong option");
    }
}

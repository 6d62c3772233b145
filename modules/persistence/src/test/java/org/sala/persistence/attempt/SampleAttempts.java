package org.sala.persistence.attempt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sala.engine.response.Response;
import org.sala.engine.scoring.Correctness;
import org.sala.engine.scoring.QuestionGrade;
import org.sala.engine.scoring.QuizGrade;
import org.sala.engine.scoring.Score;

/** Sample attempts for the persistence tests. */
public final class SampleAttempts {

    private SampleAttempts() {
    }

    /** Three questions: right, half right, unanswered; 2.5 of 4. */
    public static GradedAttempt sample(String quizId) {
        QuizGrade grade = QuizGrade.of(List.of(
                new QuestionGrade("entry", new Response.SelectedChoice("b"), Score.of("1", "1"), Correctness.CORRECT, "Right."),
                new QuestionGrade("wto", new Response.Text("1,5 km"), Score.of("1.5", "3"), Correctness.PARTIALLY_CORRECT, ""),
                new QuestionGrade("adb", Response.UNANSWERED, Score.of("0", "0.0"), Correctness.UNANSWERED, "")));
        return new GradedAttempt(UUID.randomUUID(), "learner", "cambodian-foreign-policy", "0.1.0", quizId,
                Instant.parse("2026-11-28T07:15:30.123456789Z"), grade);
    }

    /** One question answered with a negatively marked option: -0.5 of 2, and marks to seven places. */
    static GradedAttempt negative(String quizId) {
        QuizGrade grade = QuizGrade.of(List.of(
                new QuestionGrade("trap", new Response.SelectedChoice("d"), Score.of("-0.5", "2"), Correctness.INCORRECT, ""),
                new QuestionGrade("thirds", new Response.Sequence(List.of("b", "a", "c")), Score.of("0.3333333", "1"),
                        Correctness.PARTIALLY_CORRECT, "")));
        return new GradedAttempt(UUID.randomUUID(), "learner", "cambodian-foreign-policy", "0.1.0", quizId,
                Instant.parse("2026-11-28T07:15:30Z"), grade);
    }

    /** Two questions (single choice worth 2, matching worth 3) to run engine attempts on. */
    static final List<org.sala.engine.question.Question> QUESTIONS = List.of(
            new org.sala.engine.question.SingleChoiceQuestion(org.sala.engine.question.QuestionBasics.of("entry", "When?")
                    .withPoints(new java.math.BigDecimal("2")), List.of(
                    org.sala.engine.question.Choice.right("a", "1999", "Yes."),
                    org.sala.engine.question.Choice.wrong("b", "1998", "No."),
                    new org.sala.engine.question.Choice("c", "April 1999", new java.math.BigDecimal("0.5"), "Half.")), true),
            new org.sala.engine.question.MatchingQuestion(org.sala.engine.question.QuestionBasics.of("years", "Match.")
                    .withPoints(new java.math.BigDecimal("3")), List.of(
                    new org.sala.engine.question.MatchPair("arf", "ARF", "1994"),
                    new org.sala.engine.question.MatchPair("asem", "ASEM", "1996"),
                    new org.sala.engine.question.MatchPair("wto", "WTO", "2004")), List.of("1953"), true));

    /**
     * Questions as text for the storage tests: the text is the question's own description, read back from a
     * map of the texts written (the application's codec is the pack format, tested with the pack reader).
     */
    public static final QuestionCodec CODEC = new QuestionCodec() {
        private final java.util.Map<String, org.sala.engine.question.Question> written = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public String text(org.sala.engine.question.Question question) {
            String text = question.toString();
            written.put(text, question);
            return text;
        }

        @Override
        public org.sala.engine.question.Question question(String text) {
            var question = written.get(text);
            if (question == null) {
                throw new IllegalArgumentException("no question was written as " + text);
            }
            return question;
        }

        @Override
        public String version(String text) {
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    /** The questions every test attempt is assembled with, whatever the seed. */
    static final QuestionSource SOURCE = (packId, packVersion, quizId, seed) -> QUESTIONS;

    /** A new attempt at quiz {@code quizId} by {@code learner}, started now. */
    static AttemptRecord started(String learner, String quizId, org.sala.engine.attempt.QuizRules rules, Instant at) {
        UUID id = UUID.randomUUID();
        var attempt = org.sala.engine.attempt.Attempts.start(id.toString(), rules, List.of(), QUESTIONS, at);
        return new AttemptRecord(id, learner, "cambodian-foreign-policy", "0.2.0", quizId, 42L, attempt);
    }

}

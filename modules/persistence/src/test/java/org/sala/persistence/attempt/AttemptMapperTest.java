package org.sala.persistence.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sala.engine.attempt.Attempt;
import org.sala.engine.attempt.QuizRules;
import org.sala.engine.response.Response;
import org.sala.engine.scoring.Certainty;
import org.sala.engine.scoring.Correctness;

class AttemptMapperTest {

    private static final Instant START = Instant.parse("2026-11-28T09:00:00Z");
    private static final QuizRules EXAM = QuizRules.exam(Duration.ofMinutes(45), 2, new BigDecimal("70")).withMarking(false, true);

    @Test
    void aGradedAttemptSurvivesTheRoundTripThroughItsRows() {
        GradedAttempt attempt = SampleAttempts.sample("asean-practice");

        GradedAttempt back = AttemptMapper.toGradedAttempt(AttemptMapper.toEntity(attempt));

        assertThat(back).isEqualTo(attempt);
    }

    @Test
    void everyResponseBecomesARowInQuizOrderWithItsResponseAndScore() {
        AttemptEntity entity = AttemptMapper.toEntity(SampleAttempts.sample("asean-practice"));

        assertThat(entity.earned()).isEqualByComparingTo("2.5");
        assertThat(entity.possible()).isEqualByComparingTo("4");
        assertThat(entity.responses()).extracting(ResponseEntity::questionId).containsExactly("entry", "wto", "adb");
        assertThat(entity.responses()).extracting(ResponseEntity::questionOrder).containsExactly(0, 1, 2);
        assertThat(entity.responses()).extracting(ResponseEntity::response).containsExactly("choice:b", "text:1%2C5%20km", null);
        assertThat(entity.responses()).extracting(ResponseEntity::correctness)
                .containsExactly(Correctness.CORRECT, Correctness.PARTIALLY_CORRECT, Correctness.UNANSWERED);
    }

    @Test
    void anAttemptInProgressWithItsSavesReadsBackEqual() {
        AttemptRecord record = SampleAttempts.started("sokha", "final-exam", EXAM, START);
        Attempt saved = Attempts_.save(record.attempt(), "entry", new Response.SelectedChoice("c"), 3, Certainty.HIGH, START.plusSeconds(60));
        saved = Attempts_.save(saved, "years", new Response.Matches(Map.of("arf", "1994")), 1, null, START.plusSeconds(90));
        AttemptRecord changed = record.with(saved);

        assertThat(AttemptMapper.toRecord(AttemptMapper.toEntity(changed, java.util.Map.of()), SampleAttempts.SOURCE, Optional.empty())).isEqualTo(changed);
    }

    @Test
    void aSubmittedAttemptReadsBackWithItsResultAndCertaintyMarks() {
        AttemptRecord record = SampleAttempts.started("sokha", "final-exam", EXAM, START);
        Attempt saved = Attempts_.save(record.attempt(), "entry", new Response.SelectedChoice("a"), 1, Certainty.MEDIUM, START.plusSeconds(60));
        AttemptRecord submitted = record.with(org.sala.engine.attempt.Attempts.submit(saved, EXAM, START.plusSeconds(120)));

        AttemptRecord back = AttemptMapper.toRecord(AttemptMapper.toEntity(submitted, java.util.Map.of()), SampleAttempts.SOURCE, Optional.empty());

        assertThat(back).isEqualTo(submitted);
        assertThat(back.attempt().result().orElseThrow().certaintyMarks()).contains(new BigDecimal("4"));
    }

    @Test
    void interactiveChecksAndTriesReadBackEqual() {
        QuizRules practice = QuizRules.practice();
        AttemptRecord record = SampleAttempts.started("dara", "practice", practice, START);
        Attempt attempt = Attempts_.save(record.attempt(), "entry", new Response.SelectedChoice("b"), 1, null, START.plusSeconds(10));
        attempt = org.sala.engine.attempt.Attempts.check(attempt, practice, "entry", START.plusSeconds(20)).attempt();
        AttemptRecord checked = record.with(attempt);

        AttemptRecord back = AttemptMapper.toRecord(AttemptMapper.toEntity(checked, java.util.Map.of()), SampleAttempts.SOURCE, Optional.empty());

        assertThat(back).isEqualTo(checked);
        assertThat(back.attempt().state("entry").tries()).isEqualTo(1);
    }

    @Test
    void aSubmittedAttemptReadsBackWithItsOwnQuestionsAfterThePackChangedHowTheQuizAssembles() {
        AttemptRecord record = SampleAttempts.started("sokha", "final-exam", EXAM, START);
        AttemptRecord submitted = record.with(org.sala.engine.attempt.Attempts.submit(record.attempt(), EXAM, START.plusSeconds(60)));
        var updatedPack = new QuestionSource() {
            @Override
            public List<org.sala.engine.question.Question> questions(String pack, String version, String quiz, long seed) {
                return List.of(SampleAttempts.QUESTIONS.get(0));
            }

            @Override
            public java.util.Optional<org.sala.engine.question.Question> question(String pack, String id) {
                return SampleAttempts.QUESTIONS.stream().filter(question -> question.id().equals(id)).findFirst();
            }
        };

        AttemptRecord back = AttemptMapper.toRecord(AttemptMapper.toEntity(submitted, java.util.Map.of()), updatedPack, Optional.empty());

        assertThat(back).isEqualTo(submitted);
        assertThatThrownBy(() -> AttemptMapper.toRecord(AttemptMapper.toEntity(record, java.util.Map.of()), updatedPack, Optional.empty()))
                .as("an open attempt still needs the questions it was assembled with")
                .hasMessageContaining("the pack changed since the attempt started");
    }

    @Test
    void anAttemptWhoseQuestionsThePackNoLongerAssemblesIsRefusedWithAClearMessage() {
        AttemptEntity entity = AttemptMapper.toEntity(SampleAttempts.started("sokha", "final-exam", EXAM, START), java.util.Map.of());

        assertThatThrownBy(() -> AttemptMapper.toRecord(entity, (pack, version, quiz, seed) -> List.of(SampleAttempts.QUESTIONS.get(0)), Optional.empty()))
                .hasMessageContaining("the pack changed since the attempt started");
    }

    /** Saves through the engine, which must accept them. */
    private static final class Attempts_ {
        static Attempt save(Attempt attempt, String questionId, Response response, long sequence, Certainty certainty, Instant at) {
            var change = org.sala.engine.attempt.Attempts.save(attempt, EXAM, questionId, response, sequence, Optional.ofNullable(certainty), at);
            assertThat(change).isInstanceOf(org.sala.engine.attempt.Change.Done.class);
            return change.attempt();
        }
    }
}

package org.sala.persistence.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.sala.engine.scoring.Correctness;

class AttemptMapperTest {

    @Test
    void anAttemptSurvivesTheRoundTripThroughItsRows() {
        GradedAttempt attempt = Attempts.sample("asean-practice");

        GradedAttempt back = AttemptMapper.toAttempt(AttemptMapper.toEntity(attempt));

        assertThat(back).isEqualTo(Attempts.withoutFeedback(attempt));
    }

    @Test
    void everyResponseBecomesARowInQuizOrderWithItsChoiceAndScore() {
        AttemptEntity entity = AttemptMapper.toEntity(Attempts.sample("asean-practice"));

        assertThat(entity.earned()).isEqualByComparingTo("2.5");
        assertThat(entity.possible()).isEqualByComparingTo("4");
        assertThat(entity.responses()).extracting(ResponseEntity::questionId).containsExactly("entry", "wto", "adb");
        assertThat(entity.responses()).extracting(ResponseEntity::questionOrder).containsExactly(0, 1, 2);
        assertThat(entity.responses()).extracting(ResponseEntity::response).containsExactly("choice:b", "text:1%2C5%20km", null);
        assertThat(entity.responses()).extracting(ResponseEntity::correctness)
                .containsExactly(Correctness.CORRECT, Correctness.PARTIALLY_CORRECT, Correctness.UNANSWERED);
    }

    @Test
    void storedAmountsWithTheDatabaseScaleReadBackAsEqualScores() {
        GradedAttempt attempt = Attempts.sample("asean-practice");
        AttemptEntity entity = AttemptMapper.toEntity(attempt);
        var rescaled = new AttemptEntity(entity.id(), entity.learner(), entity.packId(), entity.packVersion(), entity.quizId(),
                entity.submittedAt(), entity.earned().setScale(7), entity.possible().setScale(7));
        entity.responses().forEach(row -> rescaled.addResponse(new ResponseEntity("r" + row.questionOrder(), rescaled,
                row.questionOrder(), row.questionId(), row.response(), row.earned().setScale(7), row.possible().setScale(7),
                row.correctness())));

        assertThat(AttemptMapper.toAttempt(rescaled).grade().total().earned()).isEqualTo(new BigDecimal("2.5"));
        assertThat(AttemptMapper.toAttempt(rescaled)).isEqualTo(Attempts.withoutFeedback(attempt));
    }
}

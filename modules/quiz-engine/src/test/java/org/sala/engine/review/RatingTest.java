package org.sala.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sala.engine.scoring.Certainty;
import org.sala.engine.scoring.Correctness;

class RatingTest {

    @Test
    void aWrongOrMissingAnswerIsALapse() {
        assertThat(Rating.of(Correctness.INCORRECT, 1, Optional.empty())).isEqualTo(Rating.AGAIN);
        assertThat(Rating.of(Correctness.UNANSWERED, 1, Optional.of(Certainty.HIGH))).isEqualTo(Rating.AGAIN);
    }

    @Test
    void aRightAnswerIsGoodAndEasyOnlyWhenSureAtTheFirstTry() {
        assertThat(Rating.of(Correctness.CORRECT, 1, Optional.empty())).isEqualTo(Rating.GOOD);
        assertThat(Rating.of(Correctness.CORRECT, 1, Optional.of(Certainty.MEDIUM))).isEqualTo(Rating.GOOD);
        assertThat(Rating.of(Correctness.CORRECT, 1, Optional.of(Certainty.HIGH))).isEqualTo(Rating.EASY);
        assertThat(Rating.of(Correctness.CORRECT, 2, Optional.of(Certainty.HIGH))).isEqualTo(Rating.HARD);
        assertThat(Rating.of(Correctness.PARTIALLY_CORRECT, 1, Optional.empty())).isEqualTo(Rating.HARD);
    }
}

package org.sala.web.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.response.Response;
import org.sala.pack.model.Pack;
import org.sala.persistence.attempt.AttemptRecord;

/**
 * What {@code /metrics} counts of saves and submits: a committed save, a save the rules refuse, a submit
 * once however often it is pressed; a save for an attempt that is not the learner's is their mistake, not a
 * failed save.
 */
class SaveMetricsTest {

    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void savesAreCountedByOutcomeAndASubmitOnce() {
        var services = new InMemoryServices(MONDAY);
        AttemptService attempts = services.attempts;
        Pack pack = services.course();
        AttemptRecord attempt = attempts.startOrResume("sokha", pack, pack.quiz("final-exam").orElseThrow());
        var single = (SingleChoiceQuestion) attempt.attempt().questions().stream().filter(SingleChoiceQuestion.class::isInstance).findFirst()
                .orElseThrow();
        String question = single.id();
        String option = single.choices().getFirst().id();

        attempts.save("sokha", attempt.id(), question, new Response.SelectedChoice(option), 2, Optional.empty());
        attempts.save("sokha", attempt.id(), question, new Response.SelectedChoice(option), 1, Optional.empty());
        assertThatThrownBy(() -> attempts.save("dara", attempt.id(), question, new Response.SelectedChoice(option), 3, Optional.empty()))
                .isInstanceOf(UnknownContentException.class);
        assertThatThrownBy(() -> attempts.save("sokha", UUID.randomUUID(), question, new Response.SelectedChoice(option), 3, Optional.empty()))
                .isInstanceOf(UnknownContentException.class);
        attempts.submit("sokha", attempt.id());
        attempts.submit("sokha", attempt.id());

        String text = attempts.metrics.prometheus();
        assertThat(text).contains("sala_answer_saves_total{outcome=\"saved\"} 1\n")
                .as("the second save carried an older sequence number").contains("sala_answer_saves_total{outcome=\"refused\"} 1\n")
                .as("another's attempt or a made-up one is the request's mistake").contains("sala_answer_saves_total{outcome=\"failed\"} 0\n")
                .as("submitted once, however often pressed").contains("sala_attempts_submitted_total 1\n")
                .contains("# TYPE sala_sign_ins_total counter\n");
    }
}

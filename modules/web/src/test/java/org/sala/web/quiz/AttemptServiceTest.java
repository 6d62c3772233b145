package org.sala.web.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sala.engine.attempt.AttemptState;
import org.sala.engine.attempt.Refusal;
import org.sala.engine.question.Choice;
import org.sala.engine.question.Question;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.response.Response;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.persistence.attempt.AttemptRecord;
import org.sala.web.TestClock;

/** The attempt service's use cases over repositories kept in memory, with a clock the test moves: no server, no database. */
class AttemptServiceTest {

    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");

    private AttemptService service;
    private InMemoryAttempts attempts;
    private TestClock clock;
    private Pack pack;

    @BeforeEach
    void wire() {
        var services = new InMemoryServices(MONDAY);
        service = services.attempts;
        attempts = services.stored;
        clock = services.clock;
        pack = services.course();
    }

    private Quiz quiz(String id) {
        return pack.quiz(id).orElseThrow();
    }

    private static Question firstSingleChoice(AttemptRecord attempt) {
        return attempt.attempt().questions().stream().filter(SingleChoiceQuestion.class::isInstance).findFirst().orElseThrow();
    }

    private static Response choice(Question question, boolean right) {
        return new Response.SelectedChoice(((SingleChoiceQuestion) question).choices().stream()
                .filter(option -> option.isFullCredit() == right).map(Choice::id).findFirst().orElseThrow());
    }

    @Test
    void theOverviewCountsAttemptsLeftAndSaysWhyNoMoreMayStart() {
        Quiz exam = quiz("final-exam");
        assertThat(service.overview("sokha", pack, exam).attemptsLeft()).hasValue(2);

        for (int i = 0; i < 2; i++) {
            service.submit("sokha", service.startOrResume("sokha", pack, exam).id());
        }

        AttemptService.Overview overview = service.overview("sokha", pack, exam);
        assertThat(overview.attemptsLeft()).hasValue(0);
        assertThat(overview.refusal()).map(Refusal::reason).contains(Refusal.Reason.NO_ATTEMPTS_LEFT);
        assertThat(overview.resuming()).isFalse();
        assertThatThrownBy(() -> service.startOrResume("sokha", pack, exam))
                .isInstanceOf(org.sala.engine.attempt.RefusedException.class);
    }

    @Test
    void anOpenAttemptIsResumedNotRefusedAndCountsOnceTimeHasFinishedIt() {
        Quiz exam = quiz("final-exam");
        AttemptRecord first = service.startOrResume("sokha", pack, exam);

        AttemptService.Overview open = service.overview("sokha", pack, exam);
        assertThat(open.resuming()).isTrue();
        assertThat(open.refusal()).as("an open attempt is resumed, not a reason to refuse").isEmpty();
        assertThat(service.startOrResume("sokha", pack, exam).id()).isEqualTo(first.id());

        clock.advance(Duration.ofHours(2));
        AttemptService.Overview later = service.overview("sokha", pack, exam);
        assertThat(later.history()).singleElement().satisfies(record -> assertThat(record.attempt().state()).isEqualTo(AttemptState.SUBMITTED));
        assertThat(later.attemptsLeft()).hasValue(1);
    }

    @Test
    void anotherLearnersAttemptDoesNotExistForThem() {
        AttemptRecord mine = service.startOrResume("sokha", pack, quiz("final-exam"));
        Question question = firstSingleChoice(mine);

        assertThat(service.show("dara", mine.id())).isEmpty();
        assertThatThrownBy(() -> service.save("dara", mine.id(), question.id(), choice(question, true), 1, Optional.empty()))
                .isInstanceOf(UnknownContentException.class);
        assertThatThrownBy(() -> service.flag("dara", mine.id(), question.id(), true)).isInstanceOf(UnknownContentException.class);
        assertThat(service.flag("sokha", mine.id(), question.id(), true)).containsExactly(question.id());
    }

    @Test
    void aCheckFromAStalePageIsNeitherSavedNorCounted() {
        AttemptRecord attempt = service.startOrResume("dara", pack, quiz("asean-practice"));
        Question question = firstSingleChoice(attempt);
        service.save("dara", attempt.id(), question.id(), choice(question, false), 1, Optional.empty());

        AttemptService.Checked stale = service.check("dara", attempt.id(), question.id(), choice(question, true), 1, Optional.empty());
        assertThat(stale.save().refusal()).map(Refusal::reason).contains(Refusal.Reason.STALE_SAVE);
        assertThat(stale.save().attempt().attempt().state(question.id()).tries()).isZero();

        AttemptService.Checked fresh = service.check("dara", attempt.id(), question.id(), choice(question, true), 2, Optional.empty());
        assertThat(fresh.save().isSaved()).isTrue();
        assertThat(fresh.checkRefused()).isEmpty();
        assertThat(fresh.save().attempt().attempt().state(question.id()).tries()).isEqualTo(1);
        assertThat(fresh.save().attempt().attempt().state(question.id()).finished()).as("right at the first try").isTrue();
    }

    @Test
    void showingAnAttemptWritesNothingUnlessTheClockChangedIt() {
        AttemptRecord attempt = service.startOrResume("sokha", pack, quiz("final-exam"));
        int saves = attempts.saves;

        AttemptService.Shown shown = service.show("sokha", attempt.id()).orElseThrow();
        assertThat(shown.questions()).hasSize(attempt.attempt().questions().size());
        assertThat(attempts.saves).isEqualTo(saves);

        clock.advance(Duration.ofHours(2));
        service.show("sokha", attempt.id());
        assertThat(attempts.saves).as("time finished the attempt, so it is stored finished").isEqualTo(saves + 1);
    }
}

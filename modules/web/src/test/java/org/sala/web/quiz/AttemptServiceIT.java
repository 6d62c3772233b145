package org.sala.web.quiz;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.engine.attempt.AttemptResult;
import org.sala.engine.attempt.AttemptState;
import org.sala.engine.attempt.Refusal;
import org.sala.engine.question.Choice;
import org.sala.engine.question.Question;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.engine.response.Response;
import org.sala.engine.review.Rating;
import org.sala.engine.review.ReviewEvent;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.persistence.Database;
import org.sala.persistence.DatabaseSettings;
import org.sala.persistence.attempt.AttemptRecord;
import org.sala.persistence.study.JpaStudyRepository;
import org.sala.web.TestClock;
import org.sala.web.content.PackCatalog;
import org.sala.web.database.SalaDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The attempt rules as the web application applies them, on the embedded database, with a clock the test moves. */
class AttemptServiceIT {

    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path dataDirectory;

    private Database opened;
    private SalaDatabase database;
    private AttemptService flow;
    private TestClock clock;
    private Pack pack;

    @BeforeEach
    void wire() {
        opened = Database.open(DatabaseSettings.h2File(dataDirectory));
        database = SalaDatabase.over(opened);
        flow = new AttemptService();
        flow.catalog = PackCatalog.loaded();
        flow.database = database;
        flow.attempts = database.attempts();
        flow.study = database.study();
        flow.accommodations = database.accommodations();
        flow.assemblies = new Assemblies();
        flow.assemblies.catalog = flow.catalog;
        clock = new TestClock(MONDAY);
        flow.clock = clock;
        pack = flow.catalog.pack("cambodian-foreign-policy").orElseThrow();
    }

    @AfterEach
    void close() {
        opened.close();
    }

    private Quiz quiz(String id) {
        return pack.quiz(id).orElseThrow();
    }

    private static Response choice(Question question, boolean right) {
        SingleChoiceQuestion single = (SingleChoiceQuestion) question;
        return new Response.SelectedChoice(single.choices().stream().filter(option -> option.isFullCredit() == right)
                .map(Choice::id).findFirst().orElseThrow());
    }

    private static Question firstSingleChoice(AttemptRecord attempt) {
        return attempt.attempt().questions().stream().filter(SingleChoiceQuestion.class::isInstance).findFirst().orElseThrow();
    }

    @Test
    void startingTwiceResumesTheOpenAttempt() {
        AttemptRecord first = flow.startOrResume("sokha", pack, quiz("final-exam"));
        clock.advance(Duration.ofMinutes(5));

        AttemptRecord again = flow.startOrResume("sokha", pack, quiz("final-exam"));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(flow.history("sokha", pack, quiz("final-exam"))).hasSize(1);
    }

    @Test
    void startingAnotherAttemptLeavesTheEarlierOnesAsTheyWereStored() {
        AttemptRecord first = flow.startOrResume("dara", pack, quiz("asean-practice"));
        flow.submit("dara", first.id());
        long stored = version(first);

        flow.startOrResume("dara", pack, quiz("asean-practice"));

        assertThat(version(first)).as("the submitted attempt is not written again").isEqualTo(stored);
    }

    private long version(AttemptRecord attempt) {
        return opened.transaction(entityManager -> ((Number) entityManager.createNativeQuery(
                "SELECT lock_version FROM attempt WHERE id = ?").setParameter(1, attempt.id().toString()).getSingleResult()).longValue());
    }

    @Test
    void theOlderOfTwoTabsCannotOverwriteANewerAnswerAndNothingIsCorrupted() {
        AttemptRecord attempt = flow.startOrResume("sokha", pack, quiz("final-exam"));
        Question question = firstSingleChoice(attempt);
        Response typed = choice(question, true);
        Response older = choice(question, false);

        // Both tabs show the question at sequence 1; the second tab saves first (1), then the first tab saves a newer answer (2).
        assertThat(flow.save("sokha", attempt.id(), question.id(), typed, 2, Optional.empty()).isSaved()).isTrue();
        AttemptService.Saved stale = flow.save("sokha", attempt.id(), question.id(), older, 1, Optional.empty());

        assertThat(stale.isSaved()).isFalse();
        assertThat(stale.refusal()).map(Refusal::reason).contains(Refusal.Reason.STALE_SAVE);
        AttemptRecord stored = flow.find("sokha", attempt.id()).orElseThrow();
        assertThat(stored.attempt().state(question.id()).response()).isEqualTo(typed);
        assertThat(stored.attempt().state(question.id()).sequence()).isEqualTo(2);
    }

    @Test
    void submittingTwiceGradesOnce() {
        AttemptRecord attempt = flow.startOrResume("sokha", pack, quiz("final-exam"));
        Question question = firstSingleChoice(attempt);
        flow.save("sokha", attempt.id(), question.id(), choice(question, true), 1, Optional.empty());

        AttemptRecord first = flow.submit("sokha", attempt.id());
        clock.advance(Duration.ofMinutes(3));
        AttemptRecord second = flow.submit("sokha", attempt.id());

        assertThat(first.attempt().state()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(second.attempt().result()).isEqualTo(first.attempt().result());
        assertThat(second.attempt().result().map(AttemptResult::finishedAt)).contains(MONDAY);
    }

    @Test
    void aThousandConcurrentSubmitsOfOneAttemptGradeItOnce() throws Exception {
        AttemptRecord attempt = flow.startOrResume("sokha", pack, quiz("final-exam"));
        Question question = firstSingleChoice(attempt);
        flow.save("sokha", attempt.id(), question.id(), choice(question, true), 1, Optional.empty());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(32);
        var start = new java.util.concurrent.CountDownLatch(1);
        var submits = new java.util.ArrayList<java.util.concurrent.Future<AttemptRecord>>();
        try {
            for (int i = 0; i < 1000; i++) {
                submits.add(pool.submit(() -> {
                    start.await();
                    return flow.submit("sokha", attempt.id());
                }));
            }
            start.countDown();
            var results = new java.util.HashSet<Optional<AttemptResult>>();
            for (var submit : submits) {
                results.add(submit.get(2, java.util.concurrent.TimeUnit.MINUTES).attempt().result());
            }
            assertThat(results).as("every submit answered with the one grade").hasSize(1);
            assertThat(results.iterator().next()).isPresent();
        } finally {
            pool.shutdownNow();
        }
        assertThat(flow.history("sokha", pack, quiz("final-exam"))).singleElement()
                .satisfies(record -> assertThat(record.attempt().state()).isEqualTo(AttemptState.SUBMITTED));
    }

    @Test
    void anotherLearnerCanNeitherSeeNorChangeNorFlagTheAttempt() {
        AttemptRecord attempt = flow.startOrResume("sokha", pack, quiz("final-exam"));
        String questionId = attempt.attempt().questions().getFirst().id();

        assertThat(flow.find("dara", attempt.id())).isEmpty();
        assertThatThrownBy(() -> flow.save("dara", attempt.id(), questionId, Response.UNANSWERED, 1, Optional.empty()))
                .isInstanceOf(UnknownContentException.class);
        assertThatThrownBy(() -> flow.submit("dara", attempt.id())).isInstanceOf(UnknownContentException.class);
        assertThatThrownBy(() -> flow.flag("dara", attempt.id(), questionId, true)).isInstanceOf(UnknownContentException.class);
        assertThat(flags(attempt.id())).isEmpty();
        assertThat(flow.find("sokha", attempt.id()).orElseThrow().attempt().state()).isEqualTo(AttemptState.IN_PROGRESS);
    }

    @Test
    void flagsAreKeptUntilTakenOff() {
        AttemptRecord attempt = flow.startOrResume("sokha", pack, quiz("final-exam"));
        List<String> ids = attempt.attempt().questions().stream().map(Question::id).toList();

        flow.flag("sokha", attempt.id(), ids.get(0), true);
        flow.flag("sokha", attempt.id(), ids.get(3), true);
        flow.flag("sokha", attempt.id(), ids.get(0), false);

        assertThat(flags(attempt.id())).containsExactly(ids.get(3));
    }

    @Test
    void anExamLeftAloneIsFinishedWithItsSavedAnswersWhenItsTimeIsUp() {
        AttemptRecord attempt = flow.startOrResume("sokha", pack, quiz("final-exam"));
        Question question = firstSingleChoice(attempt);
        Response saved = choice(question, true);
        flow.save("sokha", attempt.id(), question.id(), saved, 1, Optional.empty());

        clock.advance(Duration.ofMinutes(44));
        assertThat(flow.finishOverdue()).isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(flow.finishOverdue()).isEqualTo(1);

        AttemptRecord finished = flow.find("sokha", attempt.id()).orElseThrow();
        assertThat(finished.attempt().state()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(finished.attempt().result().orElseThrow().finishedBy()).isEqualTo(AttemptResult.FinishedBy.TIME);
        assertThat(finished.attempt().result().orElseThrow().grade().questions())
                .anySatisfy(grade -> assertThat(grade.response()).isEqualTo(saved));
        assertThat(flow.save("sokha", attempt.id(), question.id(), choice(question, false), 2, Optional.empty()).isSaved()).isFalse();
    }

    @Test
    void aSubmittedPracticeAttemptBecomesReviewHistoryOnce() {
        Quiz practice = quiz("asean-practice");
        AttemptRecord attempt = flow.startOrResume("sokha", pack, practice);
        List<Question> questions = attempt.attempt().questions();
        Question right = questions.stream().filter(SingleChoiceQuestion.class::isInstance).findFirst().orElseThrow();
        Question wrong = questions.stream().filter(SingleChoiceQuestion.class::isInstance).skip(1).findFirst().orElseThrow();
        flow.save("sokha", attempt.id(), right.id(), choice(right, true), 1, Optional.empty());
        flow.save("sokha", attempt.id(), wrong.id(), choice(wrong, false), 1, Optional.empty());

        flow.submit("sokha", attempt.id());
        flow.submit("sokha", attempt.id());

        Map<String, List<ReviewEvent>> history = opened.transaction(entityManager ->
                new JpaStudyRepository(entityManager).reviewHistory("sokha", pack.id()));
        assertThat(history).as("only answered questions, once each").containsOnlyKeys(right.id(), wrong.id());
        assertThat(history.get(right.id())).containsExactly(new ReviewEvent(MONDAY, Rating.GOOD));
        assertThat(history.get(wrong.id())).containsExactly(new ReviewEvent(MONDAY, Rating.AGAIN));
    }

    private java.util.Set<String> flags(UUID attemptId) {
        return opened.transaction(entityManager -> new JpaStudyRepository(entityManager).flags(attemptId));
    }

    @Test
    void anUnknownAttemptIsNotFound() {
        assertThat(flow.find("sokha", UUID.randomUUID())).isEmpty();
    }

    private void serve(Pack changed) {
        flow.catalog = ChangedPacks.serving(changed);
        flow.assemblies.catalog = flow.catalog;
    }

    @Test
    void anOpenAttemptKeepsTheQuestionsItStartedWithWhenThePackIsChanged() {
        AttemptRecord attempt = flow.startOrResume("sokha", pack, quiz("final-exam"));
        Question asked = firstSingleChoice(attempt);
        Response rightWhenAsked = choice(asked, true);

        Pack changed = ChangedPacks.withKeyChanged(pack, asked.id());
        assertThat(changed.question(asked.id()).orElseThrow().question()).as("the pack now keys it otherwise").isNotEqualTo(asked);
        serve(changed);
        AttemptService.Shown shown = flow.show("sokha", attempt.id()).orElseThrow();
        assertThat(shown.attempt().attempt().questions()).as("the questions it started with").isEqualTo(attempt.attempt().questions());
        assertThat(shown.questions()).extracting(question -> question.question().id())
                .containsExactlyElementsOf(attempt.attempt().questions().stream().map(Question::id).toList());
        flow.save("sokha", attempt.id(), asked.id(), rightWhenAsked, 1, Optional.empty());
        AttemptRecord submitted = flow.submit("sokha", attempt.id());

        var grade = submitted.attempt().result().orElseThrow().grade().questions().stream()
                .filter(question -> question.questionId().equals(asked.id())).findFirst().orElseThrow();
        assertThat(grade.correctness()).as("graded by the key it was asked with").isEqualTo(org.sala.engine.scoring.Correctness.CORRECT);
    }

    /** A class starting the same exam at the same moment on a new server: every learner gets an attempt, nobody an error. */
    @Test
    void learnersStartingTheSameExamAtOnceAllGetTheirOwnAttempt() throws Exception {
        int learners = 16;
        var ready = new java.util.concurrent.CountDownLatch(learners);
        var go = new java.util.concurrent.CountDownLatch(1);
        var started = new java.util.concurrent.ConcurrentLinkedQueue<AttemptRecord>();
        var failures = new java.util.concurrent.ConcurrentLinkedQueue<Throwable>();
        var threads = new java.util.ArrayList<Thread>();
        for (int i = 0; i < learners; i++) {
            String learner = "class-" + i;
            threads.add(Thread.ofPlatform().start(() -> {
                ready.countDown();
                try {
                    go.await();
                    started.add(flow.startOrResume(learner, pack, quiz("final-exam")));
                } catch (Throwable failure) {
                    failures.add(failure);
                }
            }));
        }
        ready.await();
        go.countDown();
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        assertThat(failures).as("no learner gets an error").isEmpty();
        assertThat(started).hasSize(learners);
        assertThat(started.stream().map(AttemptRecord::id).distinct()).hasSize(learners);
        assertThat(started).allSatisfy(attempt -> assertThat(flow.find(attempt.learner(), attempt.id())).isPresent());
    }

    /** A save reads the attempt and writes one response row and the attempt's version, nothing else. */
    @Test
    void aSaveWritesOneResponseRowAndTheAttemptsVersion() {
        AttemptRecord attempt = flow.startOrResume("sokha", pack, quiz("final-exam"));
        Question question = firstSingleChoice(attempt);
        opened.transaction(entityManager -> {
            for (String table : List.of("attempt", "attempt_response", "question_version")) {
                entityManager.createNativeQuery("CREATE TRIGGER count_" + table + " AFTER UPDATE, INSERT, DELETE ON " + table
                        + " FOR EACH ROW CALL '" + RowUpdates.class.getName() + "'").executeUpdate();
            }
            return null;
        });
        long before = version(attempt);
        RowUpdates.reset();

        assertThat(flow.answer("sokha", attempt.id(), question.id(), (shown, number) -> choice(shown.question(), true), 1, Optional.empty())
                .isSaved()).isTrue();

        assertThat(RowUpdates.of("attempt_response")).as("response rows written").isEqualTo(1);
        assertThat(RowUpdates.of("attempt")).as("attempt rows written (its version)").isEqualTo(1);
        assertThat(RowUpdates.of("question_version")).isZero();
        assertThat(version(attempt)).isEqualTo(before + 1);
    }
}

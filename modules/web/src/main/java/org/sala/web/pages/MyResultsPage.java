package org.sala.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sala.engine.attempt.Attempts;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.persistence.attempt.GradedAttempt;
import org.sala.web.account.CurrentUser;
import org.sala.web.content.PackCatalog;
import org.sala.web.quiz.AttemptService;

/**
 * "My results": every attempt the signed-in learner has submitted, at every quiz of every course, newest
 * first, with the score where the quiz's review options show marks, pass or not against its pass mark, and
 * a link to the result.
 */
@Named
@RequestScoped
public class MyResultsPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    /** One submitted attempt as the list shows it; score and verdict empty while the quiz hides marks. */
    public record Line(String attemptId, String course, String quiz, String submitted, String score, String verdict) {
    }

    @Inject
    AttemptService attempts;

    @Inject
    PackCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    java.time.Clock clock;

    private List<Line> lines;

    public List<Line> getLines() {
        if (lines == null) {
            var messages = Pages.messages();
            java.time.Instant now = clock.instant();
            lines = attempts.submittedBy(currentUser.username().orElseThrow()).stream().map(attempt -> {
                Optional<Pack> pack = catalog.pack(attempt.packId());
                Optional<Quiz> quiz = pack.flatMap(found -> found.quiz(attempt.quizId()));
                boolean marks = quiz.map(found -> found.rules().review().at(ResultPage.reviewTime(found, attempt, now))
                        .contains(org.sala.engine.attempt.ReviewItem.MARKS)).orElse(false);
                String score = marks ? java.text.MessageFormat.format(messages.getString("results.score"),
                        attempt.grade().total().earned().toPlainString(), attempt.grade().total().possible().toPlainString(),
                        attempt.grade().total().percent(0).toPlainString()) : messages.getString("results.hidden");
                String verdict = marks ? quiz.flatMap(found -> Attempts.passed(found.rules(), attempt.grade().total()))
                        .map(passed -> messages.getString(passed ? "results.passed" : "results.notPassed")).orElse("") : "";
                return new Line(attempt.id().toString(), pack.map(found -> found.info().title()).orElse(attempt.packId()),
                        quiz.map(Quiz::title).orElse(attempt.quizId()), WHEN.format(attempt.submittedAt().atOffset(ZoneOffset.UTC)),
                        score, verdict);
            }).toList();
        }
        return lines;
    }
}

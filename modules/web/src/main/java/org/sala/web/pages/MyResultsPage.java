package org.sala.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import org.sala.engine.scoring.Score;
import org.sala.pack.model.Quiz;
import org.sala.web.account.CurrentUser;
import org.sala.web.quiz.ResultService;

/**
 * "My results": every attempt the signed-in learner has submitted, at every quiz of every course, newest
 * first, with the score where the quiz's review options show marks, pass or not against its pass mark, and
 * a link to the result. One call to {@link ResultService#submittedBy}; this bean only words it.
 */
@Named
@RequestScoped
public class MyResultsPage {

    /** One submitted attempt as the list shows it; score and verdict empty while the quiz hides marks. */
    public record Line(String attemptId, String course, String quiz, String submitted, String score, String verdict) {
    }

    @Inject
    ResultService results;

    @Inject
    CurrentUser currentUser;

    private List<Line> lines;

    public List<Line> getLines() {
        if (lines == null) {
            var messages = Pages.messages();
            TimeFormat times = TimeFormat.current();
            lines = results.submittedBy(currentUser.username().orElseThrow()).stream().map(line -> {
                var attempt = line.attempt();
                Score total = attempt.grade().total();
                String score = line.marksShown() ? MessageFormat.format(messages.getString("results.score"),
                        total.earned().toPlainString(), total.possible().toPlainString(), total.percent(0).toPlainString())
                        : messages.getString("results.hidden");
                String verdict = line.passed().map(passed -> messages.getString(passed ? "results.passed" : "results.notPassed")).orElse("");
                return new Line(attempt.id().toString(), line.pack().map(pack -> pack.info().title()).orElse(attempt.packId()),
                        line.quiz().map(Quiz::title).orElse(attempt.quizId()), times.dateTime(attempt.submittedAt()), score, verdict);
            }).toList();
        }
        return lines;
    }
}

package org.sala.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.sala.engine.scoring.Score;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.web.account.AccessService;
import org.sala.web.account.CurrentUser;
import org.sala.web.content.PackCatalog;
import org.sala.web.quiz.RegradeService;

/**
 * For the course's editors and administrators (others get 403): regrading a quiz after its pack
 * corrected a question. The page shows the dry run (which attempts change, their marks and pass or fail
 * before and after); the button applies it and comes back to the page, which then shows nothing left to do.
 * Parameters {@code pack} and {@code quiz}.
 */
@Named
@ViewScoped
public class RegradePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One attempt the regrade changes, as the table shows it. */
    public record Line(String learner, int attempt, String before, String after, String verdict, boolean verdictChanges,
                       String questions) {
    }

    @Inject
    PackCatalog catalog;

    @Inject
    RegradeService regrades;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessService access;

    private String packId;
    private String quizId;
    private transient Pack pack;
    private transient Quiz quiz;
    private transient RegradeService.Plan plan;

    public void load() {
        if (!resolve()) {
            Pages.notFound();
            return;
        }
        if (!mayRegrade()) {
            Pages.forbidden();
            return;
        }
        plan = regrades.dryRun(pack, quiz);
    }

    /** Only the course's editors and administrators change its grades. */
    private boolean mayRegrade() {
        return access.mayEdit(currentUser.username().orElse(""), currentUser.isAdmin(), pack.id());
    }

    private boolean resolve() {
        pack = packId == null ? null : catalog.pack(packId).orElse(null);
        quiz = pack == null || quizId == null ? null : pack.quiz(quizId).orElse(null);
        return quiz != null;
    }

    /** Applies the regrade and shows the page again with what it did. */
    public String apply() {
        if (!resolve()) {
            Pages.notFound();
            return null;
        }
        if (!mayRegrade()) {
            Pages.forbidden();
            return null;
        }
        RegradeService.Plan applied = regrades.apply(currentUser.username().orElseThrow(), pack, quiz);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, MessageFormat.format(Pages.messages().getString("regrade.applied"),
                applied.attempts(), applied.changes().size()), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/edit/regrade?faces-redirect=true&pack=" + pack.id() + "&quiz=" + quiz.id();
    }

    public List<Line> getLines() {
        ResourceBundle messages = Pages.messages();
        return getPlan().changes().stream().map(change -> new Line(change.learner(), change.number(), marks(change.before()),
                marks(change.after()), verdict(change.passedBefore(), messages) + " → " + verdict(change.passedAfter(), messages),
                change.verdictChanges(), change.questions().stream()
                        .map(question -> question.questionId() + " " + marks(question.before()) + " → " + marks(question.after()))
                        .collect(Collectors.joining("; ")))).toList();
    }

    private static String marks(Score score) {
        return score.earned().stripTrailingZeros().toPlainString() + " / " + score.possible().stripTrailingZeros().toPlainString();
    }

    private static String verdict(Optional<Boolean> passed, ResourceBundle messages) {
        return passed.map(value -> messages.getString(value ? "results.passed" : "results.notPassed")).orElse("–");
    }

    /** The dry run; computed again after the view is restored (it is not kept between requests). */
    public RegradeService.Plan getPlan() {
        if (plan == null) {
            plan = quiz != null || resolve() ? regrades.dryRun(pack, quiz) : new RegradeService.Plan(List.of(), 0, List.of(), List.of());
        }
        return plan;
    }

    public Pack getPack() {
        if (pack == null) {
            resolve();
        }
        return pack;
    }

    public Quiz getQuiz() {
        if (quiz == null) {
            resolve();
        }
        return quiz;
    }

    public String getPackId() {
        return packId;
    }

    public void setPackId(String packId) {
        this.packId = packId;
    }

    public String getQuizId() {
        return quizId;
    }

    public void setQuizId(String quizId) {
        this.quizId = quizId;
    }
}

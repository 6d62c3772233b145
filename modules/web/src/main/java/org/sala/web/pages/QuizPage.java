package org.sala.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.UUID;
import org.sala.engine.assembly.AssembledQuestion;
import org.sala.engine.assembly.Assembly;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.web.account.CurrentUser;
import org.sala.web.content.PackCatalog;
import org.sala.web.quiz.AttemptService;

/**
 * Taking a quiz: assembles the attempt (a seed drawn here; the service assembles the same questions again
 * from it when grading), shows its questions of every type, and submits the answers. Parameters
 * {@code pack} and {@code quiz}. The view keeps the seed and {@link QuestionView}s, which hold no answer keys.
 */
@Named
@ViewScoped
public class QuizPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    transient PackCatalog catalog;

    @Inject
    transient AttemptService attempts;

    @Inject
    transient CurrentUser currentUser;

    private String packId;
    private String quizId;
    private String packTitle;
    private String title;
    private String description;
    private long seed;
    private List<QuestionView> questions = List.of();
    private final AnswerForm answers = new AnswerForm();

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Pack pack = catalog.pack(packId).orElse(null);
        Quiz quiz = pack == null ? null : pack.quiz(quizId).orElse(null);
        if (quiz == null) {
            Pages.notFound();
            return;
        }
        packTitle = pack.info().title();
        title = quiz.title();
        description = quiz.description();
        seed = SEEDS.nextLong();
        Assembly assembly = attempts.assemble(pack, quiz, seed);
        ResourceBundle messages = Pages.messages();
        var views = new ArrayList<QuestionView>();
        for (AssembledQuestion question : assembly.questions()) {
            views.add(QuestionView.of(question, views.size() + 1, messages.getString("answer.true"), messages.getString("answer.false")));
        }
        questions = List.copyOf(views);
        answers.prepare(questions);
    }

    public String submit() {
        try {
            UUID attempt = attempts.submit(currentUser.username().orElseThrow(), packId, quizId, seed, answers.responses(questions));
            return "result?faces-redirect=true&attempt=" + attempt;
        } catch (IllegalArgumentException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return null;
        }
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

    public String getPackTitle() {
        return packTitle;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public List<QuestionView> getQuestions() {
        return questions;
    }

    public AnswerForm getAnswers() {
        return answers;
    }
}

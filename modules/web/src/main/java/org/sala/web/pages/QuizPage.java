package org.sala.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sala.engine.question.SingleChoiceQuestion;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.web.content.MarkdownRenderer;
import org.sala.web.content.PackCatalog;
import org.sala.web.quiz.AttemptService;

/**
 * Taking a quiz: shows its questions, collects one option per question and submits them for grading.
 * Parameters {@code pack} and {@code quiz}. The view holds the questions as {@link QuestionView}s: text
 * and option ids only, no credit and no feedback.
 */
@Named
@ViewScoped
public class QuizPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A question as the learner sees it while answering. */
    public record QuestionView(String id, int number, String promptHtml, String points, List<OptionView> options)
            implements Serializable {
    }

    /** An option as the learner sees it: what it says and the id a response names. */
    public record OptionView(String id, String text) implements Serializable {
    }

    @Inject
    transient PackCatalog catalog;

    @Inject
    transient AttemptService attempts;

    private String packId;
    private String quizId;
    private String packTitle;
    private String title;
    private String description;
    private List<QuestionView> questions = List.of();
    private final Map<String, String> answers = new HashMap<>();

    public void load() {
        Pack pack = catalog.pack(packId).orElse(null);
        Quiz quiz = pack == null ? null : pack.quiz(quizId).orElse(null);
        if (quiz == null) {
            Pages.notFound();
            return;
        }
        packTitle = pack.info().title();
        title = quiz.title();
        description = quiz.description();
        int[] number = {0};
        questions = quiz.questions().stream().map(question -> switch (question.question()) {
            case SingleChoiceQuestion single -> new QuestionView(single.id(), ++number[0], MarkdownRenderer.render(single.prompt()),
                    single.points().toPlainString(),
                    single.choices().stream().map(choice -> new OptionView(choice.id(), choice.text())).toList());
            // The pack format reads single-choice questions only so far, so no other type reaches this page.
            default -> throw new IllegalStateException("question '" + question.id() + "' is of a type this page cannot show yet");
        }).toList();
    }

    public String submit() {
        try {
            UUID attempt = attempts.submit(packId, quizId, answers);
            return "result?faces-redirect=true&attempt=" + attempt;
        } catch (IllegalArgumentException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
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

    public Map<String, String> getAnswers() {
        return answers;
    }
}

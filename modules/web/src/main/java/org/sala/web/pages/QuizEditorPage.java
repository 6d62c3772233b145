package org.sala.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Optional;
import org.sala.pack.Problem;
import org.sala.web.authoring.QuizFields;

/**
 * A quiz's settings, for the course's editors: mode, tries and penalty, time limit, opening and closing,
 * attempts, grading, pass mark, marking, review options, the questions it includes and its draws by tag and
 * difficulty. Parameters {@code pack} and {@code id}.
 */
@Named
@ViewScoped
public class QuizEditorPage extends FileEditorPage {

    private static final long serialVersionUID = 1L;

    private QuizFields fields;

    @Override
    String kind() {
        return "quizzes";
    }

    @Override
    void fill(String text) {
        fields = QuizFields.of(text);
    }

    @Override
    String text() {
        return fields.text();
    }

    @Override
    Optional<String> inputOf(Problem problem, String text) {
        return fields.inputOf(problem, text);
    }

    @Override
    public String save() {
        String outcome = super.save();
        fields.addBlankRows();
        return outcome;
    }

    public QuizFields getFields() {
        return fields;
    }

    public String getReviewItems() {
        return QuizFields.reviewItems();
    }
}

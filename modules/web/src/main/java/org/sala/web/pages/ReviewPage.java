package org.sala.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.sala.engine.assembly.AssembledQuestion;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.SectionRef;
import org.sala.web.account.CurrentUser;
import org.sala.web.content.PackCatalog;
import org.sala.web.study.StudyService;

/**
 * Review, one question at a time: either the questions due in the learner's spaced review of a course
 * (parameter {@code pack}), or the questions on one section of a lesson ({@code pack}, {@code lesson},
 * {@code section}). The learner answers, checks, sees the verdict, the feedback and the right answer, and
 * goes on. Every checked answer is rated (again, hard, good) and added to the review history, from which
 * the scheduler decides when the question comes back. Until the answer is checked the page holds no key.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PackCatalog catalog;

    @Inject
    StudyService study;

    @Inject
    CurrentUser currentUser;

    private String packId;
    private String lessonId;
    private String section;
    private String heading = "";
    private List<String> queue = List.of();
    private int position;
    private int reviewed;
    private QuestionView question;
    private AnswerForm answers = new AnswerForm();
    private boolean checked;
    private String verdict = "";
    private String feedback = "";
    private String rightAnswer = "";
    private String lessonLink = "";
    private String anchor = "";

    public void load() {
        Pack pack = catalog.pack(packId).orElse(null);
        if (pack == null) {
            Pages.notFound();
            return;
        }
        ResourceBundle messages = Pages.messages();
        if (lessonId != null && section != null) {
            Lesson lesson = pack.lesson(lessonId).orElse(null);
            var found = lesson == null ? Optional.<org.sala.pack.model.Section>empty() : lesson.section(section);
            if (found.isEmpty()) {
                Pages.notFound();
                return;
            }
            heading = found.get().title();
            queue = StudyService.questionsOn(pack, new SectionRef(lessonId, section)).stream().map(PackQuestion::id).toList();
        } else {
            heading = messages.getString("review.due");
            queue = study.dueQuestions(currentUser.username().orElseThrow(), pack);
        }
        position = 0;
        show(pack);
    }

    private Pack pack() {
        return catalog.pack(packId).orElseThrow(() -> new org.sala.web.quiz.UnknownContentException("no pack " + packId));
    }

    /** Shows the question at {@code position}, or nothing when the queue is done. */
    private void show(Pack pack) {
        checked = false;
        verdict = "";
        feedback = "";
        rightAnswer = "";
        answers = new AnswerForm();
        question = null;
        if (position >= queue.size()) {
            return;
        }
        AssembledQuestion assembled = study.card(pack, queue.get(position));
        ResourceBundle messages = Pages.messages();
        question = QuestionView.of(assembled, position + 1, messages.getString("answer.true"), messages.getString("answer.false"));
        answers.prepare(List.of(question));
    }

    /** Grades the answer, records the review, and shows the verdict with the feedback and the right answer. */
    public void check() {
        if (question == null || checked) {
            return;
        }
        StudyService.Checked graded;
        try {
            graded = study.check(currentUser.username().orElseThrow(), pack(), question.id(), answers.response(question));
        } catch (IllegalArgumentException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return;
        }
        reviewed++;
        checked = true;
        verdict = graded.grade().correctness().name().toLowerCase(Locale.ROOT).replace('_', '-');
        feedback = graded.grade().feedback();
        rightAnswer = new AnswerText(Pages.messages()).right(graded.question().question());
        lessonLink = graded.question().taughtIn().map(SectionRef::lessonId).orElse("");
        anchor = graded.question().taughtIn().map(SectionRef::anchor).orElse("");
    }

    public void next() {
        position++;
        show(pack());
    }

    public String getHeading() {
        return heading;
    }

    public QuestionView getQuestion() {
        return question;
    }

    public boolean isDone() {
        return question == null;
    }

    public int getRemaining() {
        return Math.max(0, queue.size() - position);
    }

    public int getReviewed() {
        return reviewed;
    }

    public AnswerForm getAnswers() {
        return answers;
    }

    public boolean isChecked() {
        return checked;
    }

    public String getVerdict() {
        return verdict;
    }

    public String getFeedback() {
        return feedback;
    }

    public String getRightAnswer() {
        return rightAnswer;
    }

    public String getLessonLink() {
        return lessonLink;
    }

    public String getAnchor() {
        return anchor;
    }

    public String getPackId() {
        return packId;
    }

    public void setPackId(String packId) {
        this.packId = packId;
    }

    public String getLessonId() {
        return lessonId;
    }

    public void setLessonId(String lessonId) {
        this.lessonId = lessonId;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }
}

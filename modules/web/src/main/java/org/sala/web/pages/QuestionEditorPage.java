package org.sala.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.sala.engine.scoring.QuestionGrade;
import org.sala.pack.Problem;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.Section;
import org.sala.pack.read.QuestionText;
import org.sala.web.account.CurrentUser;
import org.sala.web.authoring.AuthoringService;
import org.sala.web.authoring.QuestionFields;
import org.sala.web.content.PackCatalog;

/**
 * Editing one question of a course, for its editors and administrators (others get 403). Parameters
 * {@code pack} and {@code id} (a question of the course or a draft), or {@code bank} and {@code type} for a
 * new question, or {@code copy} (a question to duplicate). The form has a field for every key of the
 * question's type; saving checks it with the pack reader and keeps it as a draft, with each problem next to
 * the field it is about (nothing typed is lost when saving is refused). The preview shows the question as a
 * learner gets it, with the same inputs, and grades an answer with the engine.
 */
@Named
@ViewScoped
public class QuestionEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A lesson section a question can name, as the select offers it. */
    public record SectionOption(String value, String label) implements Serializable {
    }

    @Inject
    PackCatalog catalog;

    @Inject
    AuthoringService authoring;

    @Inject
    CurrentUser currentUser;

    private String packId;
    private String questionId;
    private String bank;
    private String type;
    private String copy;

    /** Not serializable: after the page moved to another node of a cluster it is opened again ({@link #opened()}). */
    private transient AuthoringService.Opened opened;
    private String openedId;
    private int openedRevision;
    private boolean openedFresh;
    private QuestionFields fields;
    private String bankId;
    private final Map<String, List<String>> problems = new LinkedHashMap<>();
    private List<String> warnings = List.of();
    private String conflict = "";

    private QuestionView preview;
    private AnswerForm answers = new AnswerForm();
    private transient PackQuestion previewed;
    private boolean checked;
    private String verdict = "";
    private String score = "";
    private String feedback = "";
    private String rightAnswer = "";

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Pack pack = pack();
        if (pack == null) {
            Pages.notFound();
            return;
        }
        AuthoringService.Editor editor = Pages.editor(currentUser);
        if (!authoring.mayEdit(editor, pack.id())) {
            Pages.forbidden();
            return;
        }
        Optional<AuthoringService.Opened> found;
        if (questionId != null) {
            found = authoring.open(editor, pack, questionId);
        } else if (copy != null) {
            found = authoring.duplicate(editor, pack, copy);
        } else if (bank != null && pack.banks().stream().anyMatch(candidate -> candidate.id().equals(bank))
                && type != null && QuestionFields.types().contains(type)) {
            found = Optional.of(authoring.create(editor, pack, bank, type));
        } else {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            Pages.notFound();
            return;
        }
        show(found.get());
    }

    private void show(AuthoringService.Opened question) {
        remember(question);
        fields = QuestionFields.of(question.text());
        bankId = question.bankId();
        problems.clear();
        conflict = "";
    }

    private Pack pack() {
        return packId == null ? null : catalog.pack(packId).orElse(null);
    }

    private void remember(AuthoringService.Opened question) {
        opened = question;
        openedId = question.questionId();
        openedRevision = question.revision();
        openedFresh = question.fresh();
    }

    /**
     * The question as opened, also on a node the page moved to: read again, at the revision this page was
     * opened at (so that a save still sees a concurrent one as a conflict); a new question never saved is
     * made again from its id and bank.
     */
    private AuthoringService.Opened opened() {
        if (opened == null && openedId != null) {
            opened = openedFresh && openedRevision == 0
                    ? new AuthoringService.Opened(openedId, bankId, fields.text(), 0, Optional.empty(), true, Optional.empty())
                    : authoring.open(Pages.editor(currentUser), pack(), openedId)
                            .map(found -> new AuthoringService.Opened(found.questionId(), found.bankId(), found.text(), openedRevision,
                                    found.baseVersion(), openedFresh, found.draft()))
                            .orElse(null);
        }
        return opened;
    }

    /** Checks the form and keeps it as a draft; the problems otherwise, next to their fields. */
    public String save() {
        String text = fields.text();
        AuthoringService.Outcome outcome = authoring.save(Pages.editor(currentUser), pack(), opened(), bankId, text);
        return answer(outcome, text);
    }

    private String answer(AuthoringService.Outcome outcome, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle messages = Pages.messages();
        problems.clear();
        conflict = "";
        switch (outcome) {
            case AuthoringService.Saved saved -> {
                warnings = saved.warnings().stream().map(Problem::message).toList();
                boolean wasNew = opened().revision() == 0 && opened().fresh();
                remember(new AuthoringService.Opened(saved.draft().questionId(), saved.draft().bankId(), saved.draft().text(),
                        saved.draft().revision(), saved.draft().baseVersion(), opened().fresh(), Optional.of(saved.draft())));
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, MessageFormat.format(messages.getString(
                        saved.draft().retired() ? "edit.retiredSaved" : "edit.saved"), saved.draft().revision()), null));
                if (wasNew) {
                    faces.getExternalContext().getFlash().setKeepMessages(true);
                    return "/edit/question?faces-redirect=true&pack=" + encode(packId) + "&id=" + encode(saved.draft().questionId());
                }
                fields.addBlankRows();
            }
            case AuthoringService.Invalid invalid -> {
                for (Problem problem : invalid.problems()) {
                    String input = fields.inputOf(problem, text).orElse("question");
                    problems.computeIfAbsent(input, key -> new ArrayList<>()).add(problem.message());
                }
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, MessageFormat.format(messages.getString("edit.invalid"),
                        invalid.problems().size()), null));
            }
            case AuthoringService.FileSaved file -> throw new IllegalStateException("saving a question saved a file: " + file.draft().path());
            case AuthoringService.Conflict theirs -> {
                conflict = Pages.conflict(theirs);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, conflict, null));
            }
        }
        return null;
    }

    /** Marks the question to be retired when the drafts are published. */
    public String retire() {
        return answer(authoring.retire(Pages.editor(currentUser), pack(), opened()), opened().text());
    }

    /** Throws the draft away and goes back to the course. */
    public String discard() {
        authoring.discard(Pages.editor(currentUser), pack(), opened().questionId());
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, MessageFormat.format(Pages.messages().getString("edit.discarded"),
                opened().questionId()), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/edit/course?faces-redirect=true&pack=" + encode(packId);
    }

    /** Loads the question as stored now (after a conflict, to see the other editor's version). */
    public String reload() {
        authoring.open(Pages.editor(currentUser), pack(), opened().questionId()).ifPresent(this::show);
        return null;
    }

    /** Opens a copy of this question under a new id. */
    public String duplicate() {
        return "/edit/question?faces-redirect=true&pack=" + encode(packId) + "&copy=" + encode(opened().questionId());
    }

    /** Offers the fields of the type chosen (a question not yet published only). */
    public String changeType() {
        return null;
    }

    /** Two more blank rows under every list. */
    public String moreRows() {
        fields.getRows().values().forEach(rows -> {
            rows.add(new org.sala.web.authoring.Form.Row());
            rows.add(new org.sala.web.authoring.Form.Row());
        });
        return null;
    }

    /** Shows the form's question as a learner gets it, without saving; the problems if it is not valid. */
    public String preview() {
        String text = fields.text();
        QuestionText.Checked checked = authoring.check(pack(), text);
        preview = null;
        this.checked = false;
        if (checked.question().isEmpty()) {
            answer(new AuthoringService.Invalid(checked.problems().stream()
                    .filter(problem -> problem.severity() == Problem.Severity.ERROR).toList()), text);
            return null;
        }
        problems.clear();
        previewed = checked.question().get();
        ResourceBundle messages = Pages.messages();
        preview = QuestionView.of(authoring.preview(previewed), 1, messages.getString("answer.true"), messages.getString("answer.false"));
        answers = new AnswerForm();
        answers.prepare(List.of(preview));
        return null;
    }

    /** Grades the answer given in the preview as the engine would in a quiz. */
    public String checkPreview() {
        if (preview == null) {
            return null;
        }
        if (previewed == null) {
            // The page moved to another node: the previewed question is read again from the form.
            previewed = authoring.check(pack(), fields.text()).question().orElse(null);
            if (previewed == null) {
                return null;
            }
        }
        QuestionGrade grade;
        try {
            grade = authoring.grade(previewed, answers.response(preview));
        } catch (IllegalArgumentException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return null;
        }
        ResourceBundle messages = Pages.messages();
        checked = true;
        verdict = grade.correctness().name().toLowerCase(Locale.ROOT).replace('_', '-');
        score = MessageFormat.format(messages.getString("edit.previewScore"), grade.score().earned().stripTrailingZeros().toPlainString(),
                grade.score().possible().stripTrailingZeros().toPlainString());
        feedback = grade.feedback();
        rightAnswer = new AnswerText(messages).right(previewed.question());
        return null;
    }

    /** Problems about one input ({@code question} for those about the whole question). */
    public List<String> problemsOf(String input) {
        return problems.getOrDefault(input, List.of());
    }

    /** Problems about one row of a list. */
    public List<String> problemsOfRow(String list, int index) {
        return problemsOf(list + ":" + index);
    }

    public List<String> getTypes() {
        return QuestionFields.types();
    }

    /** Every section of every lesson, for {@code section:}. */
    public List<SectionOption> getSectionOptions() {
        var options = new ArrayList<SectionOption>();
        Pack pack = pack();
        for (Lesson lesson : pack.lessons()) {
            for (Section section : lesson.sections()) {
                options.add(new SectionOption(lesson.id() + "#" + section.anchor(), lesson.title() + " › " + section.title()));
            }
        }
        for (String chosen : fields.getSections()) {
            if (options.stream().noneMatch(option -> option.value().equals(chosen))) {
                options.add(new SectionOption(chosen, chosen));
            }
        }
        return options;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public Pack getPack() {
        return pack();
    }

    public QuestionFields getFields() {
        return fields;
    }

    public AuthoringService.Opened getOpened() {
        return opened();
    }

    /** A question not published yet: its id and type may still change until its first save. */
    public boolean isIdEditable() {
        return opened() != null && opened().fresh() && opened.revision() == 0;
    }

    public boolean isPublished() {
        return opened != null && !opened.fresh();
    }

    public boolean isHasDraft() {
        return opened() != null && opened().revision() > 0;
    }

    public boolean isRetired() {
        return opened() != null && opened().draft().map(draft -> draft.retired()).orElse(false);
    }

    public String getDraftBy() {
        return opened() == null ? "" : opened().draft().map(draft -> MessageFormat.format(Pages.messages().getString("edit.draftBy"),
                draft.editor(), TimeFormat.current().dateTime(draft.updatedAt()))).orElse("");
    }

    public String getBankId() {
        return bankId;
    }

    public void setBankId(String bankId) {
        this.bankId = bankId;
    }

    public List<String> getWarnings() {
        return warnings;
    }

    public String getConflict() {
        return conflict;
    }

    public QuestionView getPreview() {
        return preview;
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

    public String getScore() {
        return score;
    }

    public String getFeedback() {
        return feedback;
    }

    public String getRightAnswer() {
        return rightAnswer;
    }

    public String getPackId() {
        return packId;
    }

    public void setPackId(String packId) {
        this.packId = packId;
    }

    public String getQuestionId() {
        return questionId;
    }

    public void setQuestionId(String questionId) {
        this.questionId = questionId;
    }

    public String getBank() {
        return bank;
    }

    public void setBank(String bank) {
        this.bank = bank;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCopy() {
        return copy;
    }

    public void setCopy(String copy) {
        this.copy = copy;
    }
}

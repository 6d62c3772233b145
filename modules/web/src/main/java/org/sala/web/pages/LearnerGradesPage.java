package org.sala.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.sala.engine.attempt.Accommodation;
import org.sala.engine.attempt.Attempts;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.persistence.grades.AttemptSummary;
import org.sala.web.account.AccessService;
import org.sala.web.account.CurrentUser;
import org.sala.web.content.PackCatalog;
import org.sala.web.quiz.GradebookService;
import org.sala.web.quiz.GradebookService.LearnerQuiz;
import org.sala.web.quiz.GradebookService.LearnerRecord;

/**
 * One learner in a course, for its editors and administrators: every quiz with the rules the learner has there,
 * their attempts (each opening its result as the instructor sees it), their grade; the lessons they studied;
 * and the form that gives them an accommodation at a quiz (more time, another closing date, more attempts) or
 * takes it away. Parameters {@code pack} and {@code learner}.
 */
@Named
@RequestScoped
public class LearnerGradesPage {

    @Inject
    PackCatalog catalog;

    @Inject
    GradebookService grades;

    @Inject
    AccessService access;

    @Inject
    CurrentUser currentUser;

    private String packId;
    private String learner;
    private Pack pack;
    private LearnerRecord record;

    private String quizId;
    private String factor = "1";
    private String minutes = "0";
    private String closes = "";
    private String attempts = "0";

    /** An attempt as the list shows it. */
    public record AttemptLine(String id, int number, String state, String started, String submitted, String duration, String grade,
                              String result, boolean submittedAttempt) {
    }

    /** A quiz as the learner's record shows it. */
    public record QuizLine(String id, String title, String grade, String result, String rules, String accommodation, List<AttemptLine> attempts) {
    }

    /** A lesson and whether (when) the learner studied it. */
    public record LessonLine(String title, String studied) {
    }

    /**
     * The course and learner come as plain request parameters, on the first request and on every form post (each
     * form carries them as hidden fields), so that a postback renders the same quizzes and buttons.
     */
    @jakarta.annotation.PostConstruct
    void parameters() {
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        packId = parameters.get("pack");
        learner = parameters.get("learner");
    }

    public void load() {
        pack = Pages.staffCourse(packId, catalog, access, currentUser).orElse(null);
        if (pack == null) {
            return;
        }
        record = learner == null ? null : grades.learner(pack, learner).orElse(null);
        if (record == null) {
            Pages.notFound();
        }
    }

    public List<QuizLine> getQuizzes() {
        if (record == null && pack == null && packId != null && learner != null) {
            loadQuietly();
        }
        if (record == null) {
            return List.of();
        }
        ResourceBundle messages = Pages.messages();
        TimeFormat times = TimeFormat.current();
        var lines = new ArrayList<QuizLine>();
        for (LearnerQuiz quiz : record.quizzes()) {
            var attemptLines = new ArrayList<AttemptLine>();
            for (AttemptSummary attempt : quiz.attempts()) {
                boolean submitted = attempt.percent().isPresent();
                attemptLines.add(new AttemptLine(attempt.id().toString(), attempt.number(), messages.getString("attempt.state." + attempt.state().name()),
                        times.dateTime(attempt.startedAt()), attempt.submittedAt().map(times::dateTime).orElse(""),
                        attempt.submittedAt().map(end -> minutes(Duration.between(attempt.startedAt(), end), messages)).orElse(""),
                        attempt.percent().map(percent -> percent.stripTrailingZeros().toPlainString() + "%").orElse(""),
                        submitted ? attempt.score().flatMap(score -> Attempts.passed(quiz.quiz().rules(), score))
                                .map(passed -> messages.getString(passed ? "gradebook.passed" : "gradebook.failed")).orElse("") : "",
                        submitted));
            }
            GradebookPage.CellView cell = GradebookPage.cell(quiz.cell(), messages);
            lines.add(new QuizLine(quiz.quiz().id(), quiz.quiz().title(), cell.grade(), cell.result(), rules(quiz, messages, times),
                    quiz.accommodation().map(own -> Accommodations.parts(own.accommodation(), quiz.quiz().rules(), messages, times)
                            + " (" + MessageFormat.format(messages.getString("learnerGrades.setBy"), own.setBy(), times.dateTime(own.setAt())) + ")")
                            .orElse(""),
                    List.copyOf(attemptLines)));
        }
        return lines;
    }

    private static String minutes(Duration duration, ResourceBundle messages) {
        return MessageFormat.format(messages.getString("learnerGrades.duration"), duration.toMinutes(), duration.toSecondsPart());
    }

    /** The rules this learner has at the quiz: time limit, closing, attempts. */
    private static String rules(LearnerQuiz quiz, ResourceBundle messages, TimeFormat times) {
        var parts = new ArrayList<String>();
        parts.add(quiz.rules().timeLimit().map(limit -> MessageFormat.format(messages.getString("learnerGrades.limit"), limit.toMinutes()))
                .orElse(messages.getString("learnerGrades.noLimit")));
        quiz.rules().closesAt().ifPresent(closes -> parts.add(MessageFormat.format(messages.getString("learnerGrades.closes"), times.dateTime(closes))));
        parts.add(quiz.rules().attemptsAllowed() == 0 ? messages.getString("learnerGrades.anyAttempts")
                : MessageFormat.format(messages.getString("learnerGrades.attempts"), quiz.rules().attemptsAllowed()));
        return String.join("; ", parts);
    }

    public List<LessonLine> getLessons() {
        if (record == null) {
            return List.of();
        }
        TimeFormat times = TimeFormat.current();
        var lines = new ArrayList<LessonLine>();
        for (Lesson lesson : record.lessons()) {
            lines.add(new LessonLine(lesson.title(), Optional.ofNullable(record.studied().get(lesson.id())).map(times::dateTime).orElse("")));
        }
        return lines;
    }

    /** On a postback: the record again, without answering 403 or 404 (the action that follows does). */
    private void loadQuietly() {
        pack = catalog.pack(packId).orElse(null);
        if (pack != null && access.mayEdit(currentUser.username().orElse(""), currentUser.isAdmin(), pack.id())) {
            record = grades.learner(pack, learner).orElse(null);
        }
    }

    /** Gives the learner the accommodation the form describes at the chosen quiz. */
    public String accommodate() {
        load();
        if (record == null) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle messages = Pages.messages();
        Optional<Quiz> quiz = quizId == null ? Optional.empty() : pack.quiz(quizId);
        boolean valid = true;
        if (quiz.isEmpty()) {
            error(faces, "quiz", messages.getString("learnerGrades.chooseQuiz"));
            valid = false;
        }
        BigDecimal timeFactor = null;
        try {
            timeFactor = new BigDecimal(factor.strip().replace(',', '.'));
            if (timeFactor.compareTo(BigDecimal.ONE) < 0 || timeFactor.compareTo(Accommodation.MAX_FACTOR) > 0) {
                throw new NumberFormatException();
            }
        } catch (RuntimeException notANumber) {
            error(faces, "factor", messages.getString("learnerGrades.factorInvalid"));
            valid = false;
        }
        var extra = Pages.parseNumber(minutes == null ? "" : minutes, 0, 7 * 24 * 60);
        if (extra.isEmpty()) {
            error(faces, "minutes", messages.getString("learnerGrades.minutesInvalid"));
            valid = false;
        }
        var more = Pages.parseNumber(attempts == null ? "" : attempts, 0, 100);
        if (more.isEmpty()) {
            error(faces, "attempts", messages.getString("learnerGrades.attemptsInvalid"));
            valid = false;
        }
        Optional<Instant> closing = Optional.empty();
        if (closes != null && !closes.isBlank()) {
            try {
                closing = Optional.of(LocalDateTime.parse(closes.strip()).atZone(TimeFormat.current().zone()).toInstant());
            } catch (DateTimeException notADate) {
                error(faces, "closes", messages.getString("learnerGrades.closesInvalid"));
                valid = false;
            }
        }
        if (!valid) {
            return null;
        }
        var accommodation = new Accommodation(timeFactor, Duration.ofMinutes(extra.getAsInt()), closing, more.getAsInt());
        Optional<GradebookService.Refused> refused = grades.accommodate(currentUser.username().orElseThrow(), pack, quiz.get(), learner, accommodation);
        if (refused.isPresent()) {
            error(faces, refused.get().field(), messages.getString(refused.get().messageKey()));
            return null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(messages.getString("learnerGrades.saved"), record.displayName(), quiz.get().title()), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/staff/learner?faces-redirect=true&pack=" + pack.id() + "&learner=" + learner;
    }

    /** Takes the learner's accommodation at the quiz away. */
    public String remove(String quiz) {
        load();
        if (record == null) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<Quiz> found = pack.quiz(quiz);
        if (found.isPresent() && grades.removeAccommodation(currentUser.username().orElseThrow(), pack, found.get(), learner)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    MessageFormat.format(Pages.messages().getString("learnerGrades.removed"), record.displayName(), found.get().title()), null));
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/staff/learner?faces-redirect=true&pack=" + pack.id() + "&learner=" + learner;
    }

    private static void error(FacesContext faces, String field, String message) {
        faces.addMessage("accommodate:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    public LearnerRecord getRecord() {
        return record;
    }

    public Pack getPack() {
        return pack;
    }

    public String getPackId() {
        return packId;
    }

    public void setPackId(String packId) {
        this.packId = packId;
    }

    public String getLearner() {
        return learner;
    }

    public void setLearner(String learner) {
        this.learner = learner;
    }

    public String getQuizId() {
        return quizId;
    }

    public void setQuizId(String quizId) {
        this.quizId = quizId;
    }

    public String getFactor() {
        return factor;
    }

    public void setFactor(String factor) {
        this.factor = factor == null ? "1" : factor;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getCloses() {
        return closes;
    }

    public void setCloses(String closes) {
        this.closes = closes;
    }

    public String getAttempts() {
        return attempts;
    }

    public void setAttempts(String attempts) {
        this.attempts = attempts;
    }
}

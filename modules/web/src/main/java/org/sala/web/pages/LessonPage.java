package org.sala.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.pack.model.Section;
import org.sala.pack.model.SectionRef;
import org.sala.web.account.CurrentUser;
import org.sala.web.content.PackCatalog;
import org.sala.web.study.StudyService;

/**
 * A lesson: its objectives, its text, the questions on each of its sections and the quizzes on it. A
 * signed-in learner's visit is remembered (the course page offers to continue here) and they can mark the
 * lesson as studied, which adds its questions to their review. Parameters {@code pack} and {@code lesson}.
 */
@Named
@RequestScoped
public class LessonPage {

    @Inject
    PackCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    StudyService study;

    private String packId;
    private String lessonId;
    private Pack pack;
    private Lesson lesson;
    private Boolean studied;
    private List<SectionQuestions> sectionQuestions;

    /** A section with the number of questions that test it. */
    public record SectionQuestions(Section section, int questions) {

        /** The section's anchor as a query parameter value. */
        public String encodedAnchor() {
            return java.net.URLEncoder.encode(section.anchor(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public void load() {
        if (!resolve()) {
            Pages.notFound();
            return;
        }
        currentUser.username().ifPresent(learner -> study.visit(learner, pack, lesson));
    }

    /** Whether pack and lesson are known; on a postback they are looked up once the parameters are in. */
    private boolean ready() {
        return lesson != null || packId != null && lessonId != null && resolve();
    }

    private boolean resolve() {
        pack = catalog.pack(packId).orElse(null);
        lesson = pack == null ? null : pack.lesson(lessonId).orElse(null);
        return lesson != null;
    }

    /** Marks the lesson as studied, or takes the mark off, and shows the lesson again. */
    public String toggleStudied() {
        String learner = currentUser.username().orElse(null);
        if (learner == null || !resolve()) {
            return null;
        }
        study.markStudied(learner, pack, lesson, !isStudied());
        return "lesson?faces-redirect=true&pack=" + pack.id() + "&lesson=" + lesson.id();
    }

    /** Whether the learner marked this lesson as studied; false while the page parameters are not yet known (postback). */
    public boolean isStudied() {
        if (studied == null) {
            if (!ready()) {
                return false;
            }
            studied = currentUser.username().map(learner -> study.progress(learner, pack).isStudied(lesson.id())).orElse(false);
        }
        return studied;
    }

    public boolean isSignedIn() {
        return currentUser.isSignedIn();
    }

    public String getHtml() {
        return ready() ? catalog.lessonHtml(pack, lesson) : "";
    }

    public List<Quiz> getQuizzes() {
        if (!ready()) {
            return List.of();
        }
        return pack.quizzes().stream().filter(quiz -> quiz.lessonId().filter(lesson.id()::equals).isPresent()).toList();
    }

    /** The sections some question tests, in lesson order. */
    public List<SectionQuestions> getSectionQuestions() {
        if (!ready()) {
            return List.of();
        }
        if (sectionQuestions == null) {
            sectionQuestions = sectionQuestions();
        }
        return sectionQuestions;
    }

    private List<SectionQuestions> sectionQuestions() {
        return lesson.sections().stream()
                .map(section -> new SectionQuestions(section,
                        StudyService.questionsOn(pack, new SectionRef(lesson.id(), section.anchor())).size()))
                .filter(entry -> entry.questions() > 0)
                .toList();
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

    public Pack getPack() {
        return pack;
    }

    public Lesson getLesson() {
        return lesson;
    }
}

package org.sala.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;
import org.sala.web.content.PackCatalog;

/** A lesson: its objectives, its text and the quizzes on it. Parameters {@code pack} and {@code lesson}. */
@Named
@RequestScoped
public class LessonPage {

    @Inject
    PackCatalog catalog;

    private String packId;
    private String lessonId;
    private Pack pack;
    private Lesson lesson;

    public void load() {
        pack = catalog.pack(packId).orElse(null);
        lesson = pack == null ? null : pack.lesson(lessonId).orElse(null);
        if (lesson == null) {
            Pages.notFound();
        }
    }

    public String getHtml() {
        return catalog.lessonHtml(pack, lesson);
    }

    public List<Quiz> getQuizzes() {
        return pack.quizzes().stream().filter(quiz -> quiz.lessonId().filter(lesson.id()::equals).isPresent()).toList();
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

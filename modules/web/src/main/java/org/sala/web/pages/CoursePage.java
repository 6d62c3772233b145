package org.sala.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sala.pack.model.Lesson;
import org.sala.web.account.CurrentUser;
import org.sala.web.study.CourseProgress;
import org.sala.web.study.StudyService;
import org.sala.pack.model.Pack;
import org.sala.web.content.PackCatalog;

/**
 * A course: its lessons in order and its quizzes, and for a signed-in learner their progress, the lesson to
 * continue with and how many questions are due for review. Parameter {@code pack}.
 */
@Named
@RequestScoped
public class CoursePage {

    @Inject
    PackCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    StudyService study;

    @Inject
    org.sala.web.account.AccessService access;

    private String packId;
    private Pack pack;
    private CourseProgress progress;

    public void load() {
        catalog.pack(packId).ifPresentOrElse(found -> pack = found, Pages::notFound);
    }

    /** Whether the signed-in account may edit this course (its editors and administrators). */
    public boolean isMayEdit() {
        return pack != null && currentUser.username().map(name -> access.mayEdit(name, currentUser.isAdmin(), pack.id())).orElse(false);
    }

    public String getPackId() {
        return packId;
    }

    public void setPackId(String packId) {
        this.packId = packId;
    }

    /** The signed-in learner's progress; for a visitor, nothing studied and the first lesson to start with. */
    public CourseProgress getProgress() {
        if (progress == null && pack != null) {
            progress = currentUser.username().map(learner -> study.progress(learner, pack))
                    .orElseGet(() -> CourseProgress.none(pack.lessons().size(), pack.lessons().stream().map(Lesson::id).findFirst()));
        }
        return progress;
    }

    /** The title of the lesson to continue with, empty if the course has none. */
    public String getContinueTitle() {
        return getProgress().continueWith().flatMap(pack::lesson).map(Lesson::title).orElse("");
    }

    public String getContinueId() {
        return getProgress().continueWith().orElse("");
    }

    public boolean isSignedIn() {
        return currentUser.isSignedIn();
    }

    public Pack getPack() {
        return pack;
    }
}

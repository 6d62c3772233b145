package org.sala.web.study;

import java.util.Optional;
import java.util.Set;

/**
 * Where a learner stands in a course: the lessons they marked as studied, the lesson to continue with
 * (the one they were on last, or else the first not yet studied), and how many questions are due for review.
 */
public record CourseProgress(Set<String> studied, int lessons, Optional<String> continueWith, boolean enrolled, int dueForReview) {

    public CourseProgress {
        studied = Set.copyOf(studied);
    }

    /** Nothing studied yet: the state of a visitor who is not signed in, too. */
    public static CourseProgress none(int lessons, Optional<String> firstLesson) {
        return new CourseProgress(Set.of(), lessons, firstLesson, false, 0);
    }

    public int studiedCount() {
        return studied.size();
    }

    /** Whole percent of the lessons studied, 0 to 100. */
    public int percent() {
        return lessons == 0 ? 0 : studied.size() * 100 / lessons;
    }

    public boolean isStudied(String lessonId) {
        return studied.contains(lessonId);
    }
}

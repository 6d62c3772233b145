package org.sala.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Optional;
import org.sala.pack.Problem;
import org.sala.pack.model.Lesson;
import org.sala.web.authoring.LessonFields;
import org.sala.web.content.MarkdownRenderer;

/**
 * A lesson's text, for the course's editors: title, place, minutes, objectives and the Markdown body, with a
 * preview rendered and sanitized as the lesson page renders it, its headings listed as the sections
 * questions can point to. Parameters {@code pack} and {@code id}.
 */
@Named
@ViewScoped
public class LessonEditorPage extends FileEditorPage {

    private static final long serialVersionUID = 1L;

    private LessonFields fields;
    private String previewHtml = "";
    private java.util.List<String> previewSections = java.util.List.of();

    @Override
    String kind() {
        return "lessons";
    }

    @Override
    void fill(String text) {
        fields = LessonFields.of(text);
        previewHtml = "";
    }

    @Override
    String text() {
        return fields.text();
    }

    @Override
    Optional<String> inputOf(Problem problem, String text) {
        return fields.inputOf(problem);
    }

    /** Renders the lesson as learners will read it, without saving. */
    public String preview() {
        var checked = authoring.checkLesson(getPath(), fields.text());
        Optional<Lesson> lesson = checked.lesson();
        previewHtml = lesson.map(found -> MarkdownRenderer.render(found.markdown(), found.sections())).orElse("");
        previewSections = lesson.map(found -> found.sections().stream().map(section -> section.title() + " (#" + section.anchor() + ")")
                .toList()).orElse(java.util.List.of());
        if (lesson.isEmpty()) {
            save();
        }
        return null;
    }

    public LessonFields getFields() {
        return fields;
    }

    public String getPreviewHtml() {
        return previewHtml;
    }

    public java.util.List<String> getPreviewSections() {
        return previewSections;
    }
}

package org.sala.pack.model;

import java.util.List;
import java.util.Optional;

/**
 * A lesson: Markdown text with its front matter. {@code markdown} is the body as authored; how it
 * becomes HTML is up to the application showing it.
 */
public record Lesson(String id, String title, int order, int minutes, List<String> objectives,
                     String markdown, List<Section> sections) {

    public Lesson {
        objectives = List.copyOf(objectives);
        sections = List.copyOf(sections);
    }

    public Optional<Section> section(String anchor) {
        return sections.stream().filter(section -> section.anchor().equals(anchor)).findFirst();
    }
}

package org.sala.pack.model;

/** Points at the lesson section that teaches something: {@code lessonId#anchor}. */
public record SectionRef(String lessonId, String anchor) {

    @Override
    public String toString() {
        return lessonId + "#" + anchor;
    }
}

package org.sala.pack.model;

/** A heading of a lesson; {@code anchor} is its stable fragment id, unique within the lesson. */
public record Section(String anchor, String title, int level) {
}

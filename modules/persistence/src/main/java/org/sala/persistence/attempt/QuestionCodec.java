package org.sala.persistence.attempt;

import org.sala.engine.question.Question;

/**
 * How the application writes a question as canonical text and reads it back, and the version of a text.
 * Storage keeps the text of every question version an attempt was assembled from; the format belongs to
 * the application (the pack format), not to storage.
 */
public interface QuestionCodec {

    /** The canonical text: equal questions give equal texts, and {@link #question} reads it back equal. */
    String text(Question question);

    Question question(String text);

    /** The version of a canonical text (a hash of it). */
    String version(String text);
}

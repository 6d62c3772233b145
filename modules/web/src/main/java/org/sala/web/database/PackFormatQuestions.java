package org.sala.web.database;

import org.sala.engine.question.Question;
import org.sala.pack.read.QuestionText;
import org.sala.persistence.attempt.QuestionCodec;

/** Question versions are kept in the pack format, so a kept version reads like a question in a bank file. */
final class PackFormatQuestions implements QuestionCodec {

    @Override
    public String text(Question question) {
        return QuestionText.write(question);
    }

    @Override
    public Question question(String text) {
        return QuestionText.read(text);
    }

    @Override
    public String version(String text) {
        return QuestionText.version(text);
    }
}

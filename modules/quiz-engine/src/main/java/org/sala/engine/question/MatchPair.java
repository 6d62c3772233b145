package org.sala.engine.question;

/**
 * A prompt and the answer it goes with.
 *
 * @param id     unique within the question; what a response names
 * @param prompt shown on the left
 * @param answer the right answer, shown (shuffled, with the distractors) on the right
 */
public record MatchPair(String id, String prompt, String answer) {

    public MatchPair {
        id = Texts.requireNonBlank(id, "match id");
        prompt = Texts.requireNonBlank(prompt, "prompt of match '" + id + "'");
        answer = Texts.requireNonBlank(answer, "answer of match '" + id + "'");
    }
}

package org.sala.engine.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The learner matches each prompt with an answer. Extra answers (distractors) match no prompt. Each prompt
 * matched rightly earns an equal share of the points. Two prompts may share an answer; a prompt appears once.
 */
public record MatchingQuestion(QuestionBasics basics, List<MatchPair> pairs, List<String> distractors, boolean shuffle,
                               OutcomeFeedback feedback) implements Question {

    public MatchingQuestion(QuestionBasics basics, List<MatchPair> pairs, List<String> distractors, boolean shuffle) {
        this(basics, pairs, distractors, shuffle, OutcomeFeedback.NONE);
    }

    public MatchingQuestion {
        feedback = feedback == null ? OutcomeFeedback.NONE : feedback;
        pairs = List.copyOf(pairs);
        distractors = List.copyOf(distractors == null ? List.of() : distractors);
        if (pairs.size() < 2) {
            throw new IllegalArgumentException("question '" + basics.id() + "' has " + pairs.size()
                    + " pair(s); a matching question needs at least 2");
        }
        Texts.requireUnique(pairs, MatchPair::id, basics.id(), "pairs with id");
        Texts.requireUnique(pairs, MatchPair::prompt, basics.id(), "pairs with the prompt");
        for (String distractor : distractors) {
            if (pairs.stream().anyMatch(pair -> pair.answer().equals(distractor))) {
                throw new IllegalArgumentException("question '" + basics.id() + "': distractor '" + distractor
                        + "' is also a right answer");
            }
        }
        Texts.requireUnique(distractors, text -> text, basics.id(), "distractors");
    }

    /** Every answer the learner can choose from: the right ones (each once) and the distractors. */
    public List<String> answerChoices() {
        var choices = new LinkedHashSet<String>();
        pairs.forEach(pair -> choices.add(pair.answer()));
        choices.addAll(distractors);
        return new ArrayList<>(choices);
    }
}

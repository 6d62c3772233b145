package org.sala.web.quiz;

import java.util.Optional;
import java.util.logging.Logger;
import org.sala.engine.attempt.QuizRules;
import org.sala.persistence.attempt.LearnerAccommodation;

/** A quiz's rules for one learner: the engine applies their accommodation, if any. */
final class LearnerRules {

    private static final Logger LOG = Logger.getLogger(LearnerRules.class.getName());

    private LearnerRules() {
    }

    /**
     * The rules with the accommodation applied. An accommodation the quiz no longer admits (its closing date now
     * falls before the quiz's new opening) is left out and logged, so the learner still has the quiz's own rules.
     */
    static QuizRules apply(QuizRules rules, Optional<LearnerAccommodation> accommodation) {
        if (accommodation.isEmpty()) {
            return rules;
        }
        try {
            return accommodation.get().accommodation().applyTo(rules);
        } catch (IllegalArgumentException noLongerFits) {
            LOG.warning(() -> "the accommodation of " + accommodation.get().learner() + " at " + accommodation.get().packId() + "/"
                    + accommodation.get().quizId() + " no longer fits the quiz and is left out: " + noLongerFits.getMessage());
            return rules;
        }
    }
}

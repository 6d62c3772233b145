package org.sala.engine.scoring;

import java.math.BigDecimal;
import org.sala.engine.Decimals;

/**
 * Interactive (practice) mode: a learner may try a question several times; each try after the first
 * costs {@code penaltyPerTry} (a share of the points) of the mark finally earned, never going below zero.
 * With penalty 0.1 a right answer on the third try earns 80%. Moodle's interactive behaviour marks the same
 * way.
 */
public final class Penalties {

    private Penalties() {
    }

    public static QuestionGrade afterTries(QuestionGrade grade, int tries, BigDecimal penaltyPerTry) {
        if (tries < 1) {
            throw new IllegalArgumentException("a graded response was tried " + tries + " times; at least once");
        }
        if (penaltyPerTry.signum() < 0 || penaltyPerTry.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("penalty per try " + penaltyPerTry.toPlainString() + " lies outside 0..1");
        }
        Score score = grade.score();
        if (tries == 1 || score.earned().signum() <= 0) {
            return grade;
        }
        BigDecimal fraction = score.fraction().subtract(penaltyPerTry.multiply(BigDecimal.valueOf(tries - 1L)));
        return grade.withScore(Score.ofFraction(fraction.max(BigDecimal.ZERO), score.possible()));
    }
}

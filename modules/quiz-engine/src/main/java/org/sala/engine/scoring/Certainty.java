package org.sala.engine.scoring;

import java.math.BigDecimal;

/**
 * How sure the learner says they are, for certainty-based marking (CBM). The marks follow Moodle's CBM
 * table (question/behaviour/deferredcbm, after Gardner-Medwin):
 *
 * <pre>
 * certainty          C=1 (unsure)  C=2 (mid)  C=3 (quite sure)
 * mark if right           1            2            3
 * mark if wrong           0           -2           -6
 * </pre>
 *
 * A partly right response earns the right mark times its fraction; a response with no marks earns the
 * wrong mark. A learner who states no certainty is taken to mean C=1, as Moodle does.
 */
public enum Certainty {
    LOW(1, 0), MEDIUM(2, -2), HIGH(3, -6);

    private final BigDecimal rightFactor;
    private final BigDecimal wrongMark;

    Certainty(int rightFactor, int wrongMark) {
        this.rightFactor = BigDecimal.valueOf(rightFactor);
        this.wrongMark = BigDecimal.valueOf(wrongMark);
    }

    public static final Certainty DEFAULT = LOW;

    /** The CBM mark of a grade: from -6 to 3 times the question's points. */
    public BigDecimal mark(Score score) {
        BigDecimal fraction = score.fraction();
        BigDecimal adjusted = fraction.signum() > 0 ? rightFactor.multiply(fraction) : wrongMark;
        return org.sala.engine.Decimals.mark(score.possible(), adjusted);
    }
}

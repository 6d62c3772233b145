package org.sala.engine.attempt;

/** Thrown where a refusal cannot be returned (starting an attempt that may not start); carries the refusal. */
public final class RefusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    public RefusedException(Refusal refusal) {
        super(refusal.describe());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}

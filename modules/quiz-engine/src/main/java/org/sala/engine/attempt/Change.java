package org.sala.engine.attempt;

/** The outcome of asking the engine to change an attempt: the new attempt, or the unchanged one and why not. */
public sealed interface Change permits Change.Done, Change.Refused {

    Attempt attempt();

    record Done(Attempt attempt) implements Change {
    }

    record Refused(Attempt attempt, Refusal refusal) implements Change {
    }
}

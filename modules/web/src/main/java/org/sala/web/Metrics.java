package org.sala.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.LongAdder;

/**
 * What this node has done since it started, for an operator's monitoring ({@code GET /metrics}): answer
 * saves by outcome, submitted attempts, sign-ins by outcome. Counts are per node; a monitoring system adds the
 * nodes of a cluster up. A class built outside CDI (a service test) keeps counts of its own.
 */
@ApplicationScoped
public class Metrics {

    private final LongAdder saved = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder submitted = new LongAdder();
    private final LongAdder overdueFinished = new LongAdder();
    private final LongAdder signedIn = new LongAdder();
    private final LongAdder signInRefused = new LongAdder();

    /** An answer was saved (committed). */
    public void saved() {
        saved.increment();
    }

    /** A save reached the engine, which refused it (a stale page, a finished attempt). */
    public void refused() {
        refused.increment();
    }

    /** A save failed before it was decided (the database was unreachable, say); the learner was told to retry. */
    public void failed() {
        failed.increment();
    }

    /** An attempt was submitted by its learner. */
    public void submitted() {
        submitted.increment();
    }

    /** Attempts whose time ran out were finished by the sweep. */
    public void overdueFinished(int count) {
        overdueFinished.add(count);
    }

    /** A sign-in with a username and password: accepted or not. */
    public void signIn(boolean accepted) {
        (accepted ? signedIn : signInRefused).increment();
    }

    /** The counts in the Prometheus text format (version 0.0.4). */
    public String prometheus() {
        var text = new StringBuilder(1024);
        counter(text, "sala_answer_saves_total", "Answer saves by outcome: saved, refused by the quiz rules, failed before a decision.",
                new String[] {"saved", "refused", "failed"}, saved, refused, failed);
        counter(text, "sala_attempts_submitted_total", "Attempts submitted by their learners.", null, submitted);
        counter(text, "sala_attempts_finished_overdue_total", "Attempts finished by the overdue sweep after their time ran out.", null,
                overdueFinished);
        counter(text, "sala_sign_ins_total", "Sign-ins with a password by outcome.", new String[] {"accepted", "refused"}, signedIn,
                signInRefused);
        return text.toString();
    }

    private static void counter(StringBuilder text, String name, String help, String[] outcomes, LongAdder... counts) {
        text.append("# HELP ").append(name).append(' ').append(help).append('\n');
        text.append("# TYPE ").append(name).append(" counter\n");
        for (int i = 0; i < counts.length; i++) {
            text.append(name);
            if (outcomes != null) {
                text.append("{outcome=\"").append(outcomes[i]).append("\"}");
            }
            text.append(' ').append(counts[i].sum()).append('\n');
        }
    }
}

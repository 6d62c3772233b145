package org.sala.load;

import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Learners doing whole attempts: sign in (register), open the final exam, start it, save 20 answers with
 * think time between them, submit, open the results. {@code -Dload.learners} learners (default 500)
 * arrive evenly over {@code -Dload.ramp} seconds (default 120); think time is uniform between
 * {@code -Dload.thinkMin} and {@code -Dload.thinkMax} seconds (default 3 to 5).
 */
public class LearnerAttemptSimulation extends Simulation {

    static final int LEARNERS = Integer.getInteger("load.learners", 500);
    static final int RAMP = Integer.getInteger("load.ramp", 120);
    static final int THINK_MIN = Integer.getInteger("load.thinkMin", 3);
    static final int THINK_MAX = Integer.getInteger("load.thinkMax", 5);

    private final ScenarioBuilder learners = scenario("learners doing whole attempts")
            .feed(Sala.learners("learner"))
            .exec(Sala.register())
            .exec(Sala.startExam())
            .exec(repeat(20).on(pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX)).exec(Sala.saveAndNext())))
            .exec(Sala.submit());

    {
        setUp(learners.injectOpen(rampUsers(LEARNERS).during(Duration.ofSeconds(RAMP)))).protocols(Sala.protocol());
    }
}

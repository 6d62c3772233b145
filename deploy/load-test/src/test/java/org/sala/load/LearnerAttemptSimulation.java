package org.sala.load;

import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Learners doing whole attempts as a browser with JavaScript does: sign in to a seeded account, open the final
 * exam, start it; 20 times: think, the script saves the answer ({@code POST /answers}), open the next question;
 * then submit and open the results. {@code -Dload.learners} learners (default 500)
 * arrive evenly over {@code -Dload.ramp} seconds (default 120); think time is uniform between
 * {@code -Dload.thinkMin} and {@code -Dload.thinkMax} seconds (default 3 to 5).
 */
public class LearnerAttemptSimulation extends Simulation {

    static final int LEARNERS = Integer.getInteger("load.learners", 500);
    static final int RAMP = Integer.getInteger("load.ramp", 120);
    static final int THINK_MIN = Integer.getInteger("load.thinkMin", 3);
    static final int THINK_MAX = Integer.getInteger("load.thinkMax", 5);

    private final ScenarioBuilder learners = scenario("learners doing whole attempts")
            .feed(Sala.seeded())
            .exec(Sala.signIn())
            .exec(Sala.startExam())
            .exec(repeat(20, "answered").on(pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX))
                    .exec(Sala.saveByScript("save answer"))
                    .exec(session -> session.set("next", session.getInt("answered") + 2))
                    .doIf(session -> session.getInt("answered") < 19).then(Sala.openQuestion())))
            .exec(Sala.submit());

    {
        setUp(learners.injectOpen(rampUsers(LEARNERS).during(Duration.ofSeconds(RAMP)))).protocols(Sala.protocol());
    }
}

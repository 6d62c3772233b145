package org.sala.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * How much the server can do, without think time, one phase after the other with the same number of
 * busy clients ({@code -Dload.clients}, default 16) for {@code -Dload.seconds} each (default 30):
 * <ol>
 *   <li>the plain servlet ({@code /health}): the ceiling of this server on this machine;</li>
 *   <li>the quiz page: an attempt's question page rendered again and again;</li>
 *   <li>answer saves: the Save button, each one committed before the page answers.</li>
 * </ol>
 * Each client signs in and starts its attempt before its phase's loop begins.
 */
public class CapacitySimulation extends Simulation {

    static final int CLIENTS = Integer.getInteger("load.clients", 16);
    static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("load.seconds", 30));

    private final ScenarioBuilder plain = scenario("plain servlet")
            .exec(during(PHASE).on(exec(http("plain servlet").get("/health"))));

    private final ScenarioBuilder quizPage = scenario("quiz page")
            .feed(Sala.learners("reader"))
            .exec(Sala.register(), Sala.startExam())
            .exec(during(PHASE).on(exec(http("quiz page").get("#{attemptUrl}"))));

    private final ScenarioBuilder saves = scenario("answer saves")
            .feed(Sala.learners("saver"))
            .exec(Sala.register(), Sala.startExam())
            .exec(during(PHASE).on(exec(http("save answer, no think time").post("#{answersAction}")
                    .formParamMap(session -> Sala.answered(session, "answers:save", "Save"))
                    .check(Sala.questionPage()))));

    {
        setUp(plain.injectOpen(atOnceUsers(CLIENTS))
                .andThen(quizPage.injectOpen(atOnceUsers(CLIENTS))
                        .andThen(saves.injectOpen(atOnceUsers(CLIENTS)))))
                .protocols(Sala.protocol());
    }
}

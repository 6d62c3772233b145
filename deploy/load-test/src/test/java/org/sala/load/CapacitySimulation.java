package org.sala.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;

/**
 * How much the server can do, without think time, one phase after the other with the same number of
 * busy clients ({@code -Dload.clients}, default 16) for {@code -Dload.seconds} each (default 20), all on the
 * same Payara Micro, where run.sh deploys the empty WAR ({@code /ceiling}) beside Sala:
 * <ol>
 *   <li>the ceilings: a servlet that writes three bytes and a trivial Faces page, both in the empty WAR;</li>
 *   <li>Sala's {@code /health} (a plain servlet in Sala) and its pages: the catalog, a lesson, an exam's
 *       question page (signed in);</li>
 *   <li>answer saves through {@code POST /answers} (as the page's script saves) and through the Save button
 *       (a browser without JavaScript), each committed before the server answers.</li>
 * </ol>
 * The request names are what Report reads. Each signed-in client registers and starts its attempt before its
 * phase's loop begins.
 */
public class CapacitySimulation extends Simulation {

    static final int CLIENTS = Integer.getInteger("load.clients", 16);
    static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("load.seconds", 20));

    private static ScenarioBuilder reading(String name, String path) {
        return scenario(name).exec(during(PHASE).on(exec(http(name).get(path).check(status().is(200)))));
    }

    private final ScenarioBuilder quizPage = scenario("quiz page")
            .feed(Sala.learners("reader"))
            .exec(Sala.register(), Sala.startExam())
            .exec(during(PHASE).on(exec(http("quiz page").get("#{attemptUrl}").check(status().is(200)))));

    private final ScenarioBuilder scriptSaves = scenario("answer saves by script")
            .feed(Sala.learners("scripted"))
            .exec(Sala.register(), Sala.startExam())
            .exec(during(PHASE).on(Sala.saveByScript("save through POST /answers")));

    private final ScenarioBuilder formSaves = scenario("answer saves by form")
            .feed(Sala.learners("saver"))
            .exec(Sala.register(), Sala.startExam())
            .exec(during(PHASE).on(exec(http("save through the Save button").post("#{answersAction}")
                    .formParamMap(session -> Sala.answered(session, "answers:save", "Save"))
                    .check(Sala.questionPage()))));

    {
        List<ScenarioBuilder> phases = List.of(
                reading("plain servlet (empty WAR)", "/ceiling/plain"),
                reading("trivial Faces page (empty WAR)", "/ceiling/hello.xhtml"),
                reading("Sala /health", "/health"),
                reading("catalog", "/"),
                reading("lesson page", "/lesson.xhtml?pack=cambodian-foreign-policy&lesson=introduction"),
                quizPage, scriptSaves, formSaves);
        PopulationBuilder chain = phases.getLast().injectOpen(atOnceUsers(CLIENTS));
        for (int i = phases.size() - 2; i >= 0; i--) {
            chain = phases.get(i).injectOpen(atOnceUsers(CLIENTS)).andThen(chain);
        }
        setUp(chain).protocols(Sala.protocol());
    }
}

package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code sala.war} that runs on Payara Micro, deployed unchanged on Open Liberty (MyFaces instead of
 * Mojarra, Liberty's security and class loading) with {@code deploy/openliberty/server.xml}, on PostgreSQL
 * through the server's data source: the {@link ServerJourney}, the learner's attempt in the schema the pool
 * points at, and a server log without errors or warnings.
 */
class OpenLibertyIT {

    private static final String SCHEMA = "sala_openliberty_it";

    @RegisterExtension
    static final OpenLibertyServer server = new OpenLibertyServer(SCHEMA);

    @Test
    void aLearnerStudiesAndTakesAPracticeQuizAndTheAdministratorSignsIn() throws Exception {
        String attempt = ServerJourney.learnerAndAdministrator(server.baseUrl(), "ol");

        assertThat(TestPostgres.count(SCHEMA, "SELECT count(*) FROM attempt WHERE id = ?", attempt))
                .as("the attempt is in the schema of the server's data source").isEqualTo(1);
        String log = Files.readString(server.serverLog());
        assertThat(log).contains("CWWKZ0001I").contains("the server's data source jdbc/sala");
        assertThat(log.lines().filter(line -> line.contains(" E ") || line.contains(" W ")).toList())
                .as("errors and warnings in " + server.serverLog()).isEmpty();
    }
}

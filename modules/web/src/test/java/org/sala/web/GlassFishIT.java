package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code sala.war} that runs on Payara Micro, deployed unchanged on GlassFish 8, on PostgreSQL through
 * the data source of {@code deploy/glassfish/}: the {@link ServerJourney}, and the learner's attempt is in
 * the schema the domain's pool points at.
 */
class GlassFishIT {

    private static final String SCHEMA = "sala_glassfish_it";

    @RegisterExtension
    static final GlassFishServer server = new GlassFishServer().withServerDataSource(SCHEMA);

    @Test
    void aLearnerStudiesAndTakesAPracticeQuizAndTheAdministratorSignsIn() throws Exception {
        String attempt = ServerJourney.learnerAndAdministrator(server.baseUrl(), "gf");

        assertThat(TestPostgres.count(SCHEMA, "SELECT count(*) FROM attempt WHERE id = ?", attempt))
                .as("the attempt is in the schema of the domain's data source").isEqualTo(1);
        // The attempt in that schema is the proof that the pool was used: GlassFish writes its log from a queue,
        // and whether the application's lines have reached the file when the test reads it varies from run to run.
        String log = Files.readString(server.serverLog());
        assertThat(log).doesNotContain("SEVERE");
    }
}

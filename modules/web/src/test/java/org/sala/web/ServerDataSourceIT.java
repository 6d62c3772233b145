package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sala.web.WebSession.Page;

/**
 * Sala on a data source the application server defines (SALA_DATASOURCE=jdbc/sala), created at boot by the
 * asadmin commands shipped in deploy/payara-micro, over PostgreSQL: learners register and take a quiz, and what
 * they did is in the server's database and survives a restart.
 */
class ServerDataSourceIT {

    private static final String SCHEMA = "sala_datasource_it";
    private static final String PASSWORD = "the tonle sap flows both ways";

    @RegisterExtension
    static final PayaraMicroServer server = PayaraMicroServer.postgres(SCHEMA).withServerDataSource();

    @Test
    void learnersWorkOnTheServersDataSourceAndTheirWorkIsInItsDatabaseAcrossARestart() throws Exception {
        assertThat(Files.readString(server.log())).contains("Opening database: the server's data source jdbc/sala");

        String username = "ds-" + Long.toHexString(System.nanoTime());
        WebSession learner = new WebSession(server.baseUrl());
        learner.register(username, "Data Source", PASSWORD);
        Page started = learner.submit(learner.get("start.xhtml?pack=cambodian-foreign-policy&quiz=introduction-practice"), "start", Map.of(),
                "start:submit");
        String attempt = WebSession.attemptId(started.uri().toString());

        try (Connection connection = DriverManager.getConnection(System.getProperty("sala.test.postgres.url",
                "jdbc:postgresql://127.0.0.1:5432/test") + "?currentSchema=" + SCHEMA, System.getProperty("sala.test.postgres.user", "postgres"), "");
             PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM attempt WHERE id = ?")) {
            statement.setString(1, attempt);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                assertThat(result.getInt(1)).as("the attempt is in the schema the server's pool points at").isEqualTo(1);
            }
        }

        server.restart();
        WebSession again = new WebSession(server.baseUrl());
        Page signedIn = again.signIn(username, PASSWORD);
        assertThat(signedIn.uri().getPath()).doesNotContain("login");
        assertThat(again.get("attempt.xhtml?attempt=" + attempt + "&q=1").status()).isEqualTo(200);
    }
}

package org.sala.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for repository tests, each test class in a schema of its own that is dropped and
 * created anew. Without a reachable server the tests are skipped, unless {@code CI=true}, where they fail.
 * Server: {@code -Dsala.test.postgres.url} (default {@code jdbc:postgresql://127.0.0.1:5432/test}), user
 * {@code -Dsala.test.postgres.user} (default {@code postgres}).
 */
public final class TestPostgres {

    private TestPostgres() {
    }

    /** Settings of an empty schema with this name (dropped first if it exists). */
    public static DatabaseSettings freshSchema(String schema) throws SQLException {
        String server = System.getProperty("sala.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("sala.test.postgres.user", "postgres");
        try (Connection connection = DriverManager.getConnection(server, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String problem = "PostgreSQL is not reachable at " + server + " as " + user
                    + "; start it (see README, 'Running the tests') or point -Dsala.test.postgres.url at one";
            // In CI the server must be there; on a developer's machine without one these tests are skipped, visibly.
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new SQLException(problem, e);
            }
            Assumptions.abort(problem);
        }
        return new DatabaseSettings(server + "?currentSchema=" + schema, user, "");
    }
}

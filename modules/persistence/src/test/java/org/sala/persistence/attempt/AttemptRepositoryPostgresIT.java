package org.sala.persistence.attempt;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.sala.persistence.Database;
import org.sala.persistence.DatabaseSettings;

/**
 * The repository on a real PostgreSQL server, in a schema of its own that is dropped and migrated anew.
 * Without a reachable server the tests are skipped, unless {@code CI=true}, where they fail.
 * Server: {@code -Dsala.test.postgres.url} (default {@code jdbc:postgresql://127.0.0.1:5432/test}), user
 * {@code -Dsala.test.postgres.user} (default {@code postgres}).
 */
class AttemptRepositoryPostgresIT extends AttemptRepositoryContract {

    private static final String SCHEMA = "sala_attempt_it";
    private static final String EMPTY_SCHEMA = "sala_migration_it";
    private static String server;
    private static String user;
    private static Database database;

    @BeforeAll
    static void migrateAFreshSchema() throws SQLException {
        server = System.getProperty("sala.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        user = System.getProperty("sala.test.postgres.user", "postgres");
        try (Connection connection = DriverManager.getConnection(server, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
            statement.execute("DROP SCHEMA IF EXISTS " + EMPTY_SCHEMA + " CASCADE");
        } catch (SQLException e) {
            String problem = "PostgreSQL is not reachable at " + server + " as " + user
                    + "; start it (see README, 'Running the tests') or point -Dsala.test.postgres.url at one";
            // In CI the server must be there; on a developer's machine without one these tests are skipped, visibly.
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new SQLException(problem, e);
            }
            Assumptions.abort(problem);
        }
        database = Database.open(new DatabaseSettings(server + "?currentSchema=" + SCHEMA, user, ""));
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    Database database() {
        return database;
    }

    @Override
    DatabaseSettings emptyDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(server, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + EMPTY_SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + EMPTY_SCHEMA);
        }
        return new DatabaseSettings(server + "?currentSchema=" + EMPTY_SCHEMA, user, "");
    }
}

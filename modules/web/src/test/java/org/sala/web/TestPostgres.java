package org.sala.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the integration tests use ({@code -Dsala.test.postgres.url}, default
 * 127.0.0.1:5432/test, user {@code -Dsala.test.postgres.user}, default postgres, trusted without a password),
 * one schema per test class, and the deployment files that define a server's data source over it.
 */
final class TestPostgres {

    private TestPostgres() {
    }

    static String url() {
        return System.getProperty("sala.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    static String user() {
        return System.getProperty("sala.test.postgres.user", "postgres");
    }

    /** What a server's pool is given as the password: the pools want one; the test database ignores it. */
    static String password() {
        return System.getProperty("sala.test.postgres.password", "unused");
    }

    static String host() {
        return parsed().getHost();
    }

    static int port() {
        return parsed().getPort();
    }

    static String database() {
        return parsed().getPath().substring(1);
    }

    /**
     * Drops and creates the schema. Without a reachable server the test class is skipped, unless
     * {@code CI=true}, where it fails.
     */
    static void freshSchema(String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), user(), "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String problem = "PostgreSQL is not reachable at " + url() + " as " + user()
                    + "; start it (see README, 'Running the tests') or point -Dsala.test.postgres.url at one";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new SQLException(problem, e);
            }
            Assumptions.abort(problem);
        }
    }

    /** The number {@code query} (one {@code ?} for {@code parameter}) counts in the schema. */
    static int count(String schema, String query, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url() + "?currentSchema=" + schema, user(), "");
             PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /**
     * {@code deploy/glassfish/postgresql-datasource.asadmin}, the data source an operator defines on Payara or
     * GlassFish, filled in with the test database and this schema (reached at {@code port}), written to
     * {@code directory}.
     */
    static Path asadminDataSource(Path directory, String schema, int port) throws IOException {
        String commands = Files.readString(Path.of("../../deploy/glassfish/postgresql-datasource.asadmin"))
                .replace("@PASSWORD@", password()).replace("@HOST@", host()).replace("@PORT@", String.valueOf(port))
                .replace("@DATABASE@", database()).replace("@USER@", user()).replace("@SCHEMA@", schema);
        Path file = directory.resolve("datasource-" + schema + ".asadmin");
        Files.writeString(file, commands);
        return file;
    }

    private static URI parsed() {
        return URI.create(url().substring("jdbc:".length()));
    }
}

package org.sala.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.persistence.account.JpaAccountRepository;
import org.sala.persistence.account.JpaThrottleRepository;
import org.sala.persistence.account.Role;

/**
 * An upgrade as an operator makes it: a database created and filled by the previous release (the schema before
 * the newest migration), opened by this one, which migrates it at start. What was there reads back, and what
 * the newest migration added works.
 */
class SchemaUpgradeH2IT {

    @TempDir
    Path dataDirectory;

    @Test
    void aDatabaseOfThePreviousSchemaIsMigratedAtStartAndKeepsItsData() throws Exception {
        DatabaseSettings settings = DatabaseSettings.h2File(dataDirectory);
        var flyway = Flyway.configure().dataSource(settings.url(), settings.user(), settings.password()).locations("classpath:db/migration");
        String newest = flyway.load().info().all()[flyway.load().info().all().length - 1].getVersion().getVersion();
        String previous = String.valueOf(Integer.parseInt(newest) - 1);
        flyway.target(previous).load().migrate();
        try (var connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             var statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO account (username, display_name, password_hash, roles, created_at, lock_version)"
                    + " VALUES ('sokha', 'Sokha', 'PBKDF2WithHmacSHA256:210000:salt:hash', 'instructor',"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-01 08:00:00+00', 0)");
        }

        try (Database upgraded = Database.open(settings)) {
            var account = upgraded.transaction(entityManager -> new JpaAccountRepository(entityManager).find("sokha")).orElseThrow();
            assertThat(account.displayName()).isEqualTo("Sokha");
            assertThat(account.roles()).contains(Role.INSTRUCTOR);
            upgraded.transaction(entityManager -> {
                new JpaThrottleRepository(entityManager).failed("account:sokha", Instant.parse("2026-12-03T09:00:00Z"));
                return null;
            });
            assertThat(upgraded.<java.util.List<Instant>>transaction(entityManager -> new JpaThrottleRepository(entityManager)
                    .failuresAfter("account:sokha", Instant.parse("2026-12-03T08:00:00Z")))).hasSize(1);
        }
        try (var connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
             var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT max(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"")) {
            result.next();
            assertThat(result.getInt(1)).as("migrated to the newest").isEqualTo(Integer.parseInt(newest));
        }
    }
}

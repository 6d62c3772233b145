package org.sala.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.persistence.Database;

/** The database opened over a data source the server defines (here H2's own), migrated and usable like one opened by URL. */
class DataSourceH2IT {

    @TempDir
    Path dataDirectory;

    private JdbcDataSource dataSource() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dataDirectory.resolve("sala") + ";DB_CLOSE_DELAY=0");
        dataSource.setUser("sa");
        return dataSource;
    }

    @Test
    void aDataSourceIsMigratedAndKeepsWhatIsSavedAcrossOpenings() {
        Account sokha = new Account("sokha", "Sokha Chan", "PBKDF2WithHmacSHA256:210000:salt:hash", Set.of(Role.LEARNER),
                Instant.parse("2026-12-03T09:00:00Z"));
        try (Database database = Database.open(dataSource())) {
            database.transaction(entityManager -> {
                new JpaAccountRepository(entityManager).add(sokha);
                return null;
            });
        }

        try (Database reopened = Database.open(dataSource())) {
            java.util.Optional<Account> found = reopened.transaction(entityManager -> new JpaAccountRepository(entityManager).find("sokha"));
            assertThat(found).contains(sokha);
        }
    }
}

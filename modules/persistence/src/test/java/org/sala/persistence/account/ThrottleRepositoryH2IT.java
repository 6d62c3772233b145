package org.sala.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.persistence.Database;
import org.sala.persistence.DatabaseSettings;

/** The sign-in throttle's failures and the shared secrets on the embedded H2 file database. */
class ThrottleRepositoryH2IT {

    private static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path dataDirectory;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseSettings.h2File(dataDirectory));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private <T> T throttle(Function<ThrottleRepository, T> work) {
        return database.transaction(entityManager -> work.apply(new JpaThrottleRepository(entityManager)));
    }

    @Test
    void failuresAreCountedPerKeyWithinTheWindowAndForgotten() {
        throttle(repository -> {
            repository.failed("pair:sokha|10.0.0.1", NINE);
            repository.failed("pair:sokha|10.0.0.1", NINE.plusSeconds(60));
            repository.failed("pair:dara|10.0.0.1", NINE.plusSeconds(30));
            return null;
        });

        assertThat(this.<List<Instant>>throttle(repository -> repository.failuresAfter("pair:sokha|10.0.0.1", NINE.minusSeconds(1))))
                .containsExactly(NINE, NINE.plusSeconds(60));
        assertThat(this.<List<Instant>>throttle(repository -> repository.failuresAfter("pair:sokha|10.0.0.1", NINE))).as("after, not at").containsExactly(NINE.plusSeconds(60));
        assertThat(this.<Integer>throttle(repository -> repository.forgetBefore(NINE.plusSeconds(30)))).isEqualTo(2);
        assertThat(this.<List<Instant>>throttle(repository -> repository.failuresAfter("pair:dara|10.0.0.1", NINE.minusSeconds(1)))).isEmpty();

        throttle(repository -> {
            repository.forget("pair:sokha|10.0.0.1");
            return null;
        });
        assertThat(this.<List<Instant>>throttle(repository -> repository.failuresAfter("pair:sokha|10.0.0.1", NINE.minusSeconds(1)))).isEmpty();
    }

    @Test
    void aSecretIsMadeOnceAndASecondOfTheSameNameIsRefused() {
        assertThat(this.<Optional<String>>throttle(repository -> repository.secret("device-cookies"))).isEmpty();
        throttle(repository -> {
            repository.addSecret("device-cookies", "first");
            return null;
        });
        assertThat(this.<Optional<String>>throttle(repository -> repository.secret("device-cookies"))).contains("first");
        assertThatThrownBy(() -> throttle(repository -> {
            repository.addSecret("device-cookies", "second");
            return null;
        })).isInstanceOf(RuntimeException.class);
        assertThat(this.<Optional<String>>throttle(repository -> repository.secret("device-cookies"))).contains("first");
    }
}

package org.sala.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.persistence.Database;
import org.sala.persistence.DatabaseSettings;

/** Course editing rights and the audit of rights on the embedded H2 file database. */
class AccessRepositoryH2IT {

    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path dataDirectory;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseSettings.h2File(dataDirectory));
        database.transaction(entityManager -> {
            var accounts = new JpaAccountRepository(entityManager);
            for (String name : List.of("sokha", "dara")) {
                accounts.add(new Account(name, "Name", "PBKDF2WithHmacSHA256:210000:salt:hash", Set.of(Role.INSTRUCTOR), MONDAY));
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    private <T> T access(Function<AccessRepository, T> work) {
        return database.transaction(entityManager -> work.apply(new JpaAccessRepository(entityManager)));
    }

    @Test
    void aRightIsGrantedOncePerAccountAndCourseAndCanBeTakenAway() {
        var right = new CourseEditor("sokha", "cambodian-foreign-policy", "admin", MONDAY);

        assertThat(this.<Boolean>access(repository -> repository.grant(right))).isTrue();
        assertThat(this.<Boolean>access(repository -> repository.grant(right))).as("granted already").isFalse();
        assertThat(this.<Boolean>access(repository -> repository.mayEdit("sokha", "cambodian-foreign-policy"))).isTrue();
        assertThat(this.<Boolean>access(repository -> repository.mayEdit("sokha", "another-course"))).isFalse();
        assertThat(this.<Boolean>access(repository -> repository.mayEdit("dara", "cambodian-foreign-policy"))).isFalse();
        assertThat(this.<List<CourseEditor>>access(AccessRepository::editors)).containsExactly(right);

        assertThat(this.<Boolean>access(repository -> repository.revoke("sokha", "cambodian-foreign-policy"))).isTrue();
        assertThat(this.<Boolean>access(repository -> repository.revoke("sokha", "cambodian-foreign-policy"))).isFalse();
        assertThat(this.<Boolean>access(repository -> repository.mayEdit("sokha", "cambodian-foreign-policy"))).isFalse();
    }

    @Test
    void aRightNeedsAnAccount() {
        assertThatThrownBy(() -> access(repository -> repository.grant(new CourseEditor("nobody", "course", "admin", MONDAY))))
                .isInstanceOf(jakarta.persistence.PersistenceException.class);
    }

    @Test
    void auditEventsAreListedNewestFirst() {
        var first = new AuditEvent(MONDAY, "admin", "GRANT_EDITOR", "sokha", Optional.of("course"), "may edit course");
        var second = new AuditEvent(MONDAY.plusSeconds(60), "admin", "REVOKE_EDITOR", "sokha", Optional.of("course"), "may no longer edit");
        access(repository -> {
            repository.record(first);
            repository.record(second);
            return null;
        });

        assertThat(this.<List<AuditEvent>>access(repository -> repository.events(10))).containsExactly(second, first);
        assertThat(this.<List<AuditEvent>>access(repository -> repository.events(1))).containsExactly(second);
    }
}

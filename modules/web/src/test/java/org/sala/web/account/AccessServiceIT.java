package org.sala.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.persistence.Database;
import org.sala.persistence.DatabaseSettings;
import org.sala.persistence.account.Account;
import org.sala.persistence.account.Role;
import org.sala.web.TestClock;
import org.sala.web.content.PackCatalog;
import org.sala.web.database.SalaDatabase;

/** Who may edit which course, on the embedded database: granted per account and course, every change recorded. */
class AccessServiceIT {

    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");
    private static final String COURSE = "cambodian-foreign-policy";

    @TempDir
    Path dataDirectory;

    private Database opened;
    private AccessService access;

    @BeforeEach
    void wire() {
        opened = Database.open(DatabaseSettings.h2File(dataDirectory));
        var database = SalaDatabase.over(opened);
        access = new AccessService();
        access.database = database;
        access.access = database.access();
        access.accounts = database.accounts();
        access.catalog = PackCatalog.loaded();
        access.clock = new TestClock(MONDAY);
        database.run(() -> database.accounts().add(new Account("sokha", "Sokha", "PBKDF2WithHmacSHA256:210000:salt:hash",
                Set.of(Role.INSTRUCTOR), MONDAY)));
    }

    @AfterEach
    void close() {
        opened.close();
    }

    @Test
    void anAdministratorGivesAndTakesTheRightAndEveryChangeIsRecorded() {
        assertThat(access.mayEdit("sokha", false, COURSE)).isFalse();

        assertThat(access.grant("admin", " Sokha ", COURSE)).isEmpty();
        assertThat(access.mayEdit("sokha", false, COURSE)).isTrue();
        assertThat(access.mayEdit("sokha", false, "another-course")).as("per course").isFalse();
        assertThat(access.overview().editors()).singleElement().satisfies(editor -> {
            assertThat(editor.grantedBy()).isEqualTo("admin");
            assertThat(editor.grantedAt()).isEqualTo(MONDAY);
        });

        assertThat(access.revoke("admin", "sokha", COURSE)).isTrue();
        assertThat(access.revoke("admin", "sokha", COURSE)).isFalse();
        assertThat(access.mayEdit("sokha", false, COURSE)).isFalse();
        assertThat(access.overview().events()).extracting(event -> event.action() + " " + event.subject() + " by " + event.actor())
                .containsExactlyInAnyOrder("GRANT_EDITOR sokha by admin", "REVOKE_EDITOR sokha by admin");
    }

    @Test
    void aRightForAnUnknownAccountOrCourseOrGivenTwiceIsRefusedAtItsField() {
        assertThat(access.grant("admin", "nobody", COURSE)).contains(new AccessService.Refused("username", "access.unknownAccount"));
        assertThat(access.grant("admin", "sokha", "no-such-course")).contains(new AccessService.Refused("course", "access.unknownCourse"));
        access.grant("admin", "sokha", COURSE);
        assertThat(access.grant("admin", "sokha", COURSE)).contains(new AccessService.Refused("username", "access.already"));
        assertThat(access.overview().events()).as("only the change that happened").hasSize(1);
    }

    @Test
    void administratorsMayEditEveryCourse() {
        assertThat(access.mayEdit("root", true, COURSE)).isTrue();
        assertThat(access.mayEdit("root", true, "another-course")).isTrue();
        assertThat(Optional.of(access.mayEdit("root", false, COURSE))).contains(false);
    }
}

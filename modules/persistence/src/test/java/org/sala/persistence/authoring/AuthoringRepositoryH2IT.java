package org.sala.persistence.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.persistence.Database;
import org.sala.persistence.DatabaseSettings;

/** Drafts and releases on the embedded H2 file database, across a reopening. */
class AuthoringRepositoryH2IT {

    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");
    private static final String PACK = "cambodian-foreign-policy";

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

    private <T> T authoring(Function<AuthoringRepository, T> work) {
        return database.transaction(entityManager -> work.apply(new JpaAuthoringRepository(entityManager)));
    }

    private static QuestionDraft draft(String editor, String text, int revision) {
        return new QuestionDraft(PACK, "asean-entry", "history", text, false, Optional.of("a".repeat(64)), editor, MONDAY, revision);
    }

    @Test
    void aDraftIsSavedRevisionByRevisionAndSurvivesReopening() {
        AuthoringRepository.Saved first = authoring(repository -> repository.save(draft("sokha", "id: asean-entry\n", 0)));
        assertThat(first.conflict()).isFalse();
        assertThat(first.draft().revision()).isEqualTo(1);
        AuthoringRepository.Saved second = authoring(repository -> repository.save(draft("sokha", "id: asean-entry\ntype: numeric\n", 1)));
        assertThat(second.conflict()).isFalse();
        assertThat(second.draft().revision()).isEqualTo(2);

        database.close();
        database = Database.open(DatabaseSettings.h2File(dataDirectory));

        assertThat(this.<Optional<QuestionDraft>>authoring(repository -> repository.draft(PACK, "asean-entry"))).get()
                .satisfies(kept -> {
                    assertThat(kept.text()).isEqualTo("id: asean-entry\ntype: numeric\n");
                    assertThat(kept.revision()).isEqualTo(2);
                    assertThat(kept.baseVersion()).contains("a".repeat(64));
                    assertThat(kept.updatedAt()).isEqualTo(MONDAY);
                });
        assertThat(this.<java.util.List<QuestionDraft>>authoring(repository -> repository.drafts(PACK))).hasSize(1);
        assertThat(this.<java.util.List<QuestionDraft>>authoring(repository -> repository.drafts("another-pack"))).isEmpty();
    }

    @Test
    void anEditorWhoseCopyIsOlderIsToldAndOverwritesNothing() {
        authoring(repository -> repository.save(draft("sokha", "sokha's text\n", 0)));

        AuthoringRepository.Saved dara = authoring(repository -> repository.save(draft("dara", "dara's text\n", 0)));

        assertThat(dara.conflict()).isTrue();
        assertThat(dara.draft().editor()).isEqualTo("sokha");
        assertThat(this.<Optional<QuestionDraft>>authoring(repository -> repository.draft(PACK, "asean-entry"))).get()
                .extracting(QuestionDraft::text).isEqualTo("sokha's text\n");
    }

    @Test
    void aDraftPublishedOrDiscardedMeanwhileIsAConflictToo() {
        authoring(repository -> repository.save(draft("sokha", "text\n", 0)));
        assertThat(this.<Boolean>authoring(repository -> repository.discard(PACK, "asean-entry"))).isTrue();
        assertThat(this.<Boolean>authoring(repository -> repository.discard(PACK, "asean-entry"))).isFalse();

        assertThat(authoring(repository -> repository.save(draft("sokha", "text\n", 1))).conflict()).isTrue();
        assertThat(this.<Optional<QuestionDraft>>authoring(repository -> repository.draft(PACK, "asean-entry"))).isEmpty();
    }

    @Test
    void aFileDraftIsKeptByRevisionAndAnOlderCopyIsRefused() {
        var first = new FileDraft(PACK, "quizzes/final-exam.yaml", "id: final-exam\n", "b".repeat(64), "sokha", MONDAY, 0);
        AuthoringRepository.SavedFile saved = authoring(repository -> repository.save(first));
        assertThat(saved.conflict()).isFalse();
        assertThat(saved.draft().revision()).isEqualTo(1);

        AuthoringRepository.SavedFile stale = authoring(repository -> repository.save(
                new FileDraft(PACK, "quizzes/final-exam.yaml", "dara's text\n", "b".repeat(64), "dara", MONDAY, 0)));
        assertThat(stale.conflict()).isTrue();
        assertThat(stale.draft().editor()).isEqualTo("sokha");

        database.close();
        database = Database.open(DatabaseSettings.h2File(dataDirectory));
        assertThat(this.<java.util.List<FileDraft>>authoring(repository -> repository.fileDrafts(PACK)))
                .singleElement().satisfies(kept -> assertThat(kept.text()).isEqualTo("id: final-exam\n"));
        assertThat(this.<Boolean>authoring(repository -> repository.discardFile(PACK, "quizzes/final-exam.yaml"))).isTrue();
        assertThat(this.<Optional<FileDraft>>authoring(repository -> repository.fileDraft(PACK, "quizzes/final-exam.yaml"))).isEmpty();
    }

    @Test
    void releasesAreNumberedPerPackAndTheNewestIsReadWithItsFiles() {
        authoring(repository -> {
            repository.add(new PackRelease(PACK, 1, "1.2.0-edit.1", "sokha", MONDAY, "asean-entry changed",
                    Map.of("pack.yaml", "id: " + PACK + "\n", "banks/history.yaml", "id: history\n")));
            repository.add(new PackRelease(PACK, 2, "1.2.0-edit.2", "dara", MONDAY.plusSeconds(60), "quiz settings",
                    Map.of("pack.yaml", "id: " + PACK + "\nversion: 2\n")));
            repository.add(new PackRelease("another-pack", 1, "0.1.0-edit.1", "dara", MONDAY, "", Map.of("pack.yaml", "x")));
            return null;
        });

        PackRelease latest = authoring(repository -> repository.latest(PACK)).orElseThrow();
        assertThat(latest.number()).isEqualTo(2);
        assertThat(latest.publishedBy()).isEqualTo("dara");
        assertThat(latest.files()).containsExactly(Map.entry("pack.yaml", "id: " + PACK + "\nversion: 2\n"));
        assertThat(this.<Map<String, Integer>>authoring(AuthoringRepository::latestNumbers)).containsOnly(Map.entry(PACK, 2), Map.entry("another-pack", 1));
        assertThat(this.<java.util.List<PackRelease>>authoring(repository -> repository.releases(PACK))).extracting(PackRelease::number).containsExactly(2, 1);
        assertThat(this.<Optional<PackRelease>>authoring(repository -> repository.latest("no-such-pack"))).isEmpty();
    }

    @Test
    void twoReleasesWithOneNumberCannotBothBeStored() {
        authoring(repository -> {
            repository.add(new PackRelease(PACK, 1, "1.0.0-edit.1", "sokha", MONDAY, "", Map.of("pack.yaml", "a")));
            return null;
        });
        assertThatThrownBy(() -> authoring(repository -> {
            repository.add(new PackRelease(PACK, 1, "1.0.0-edit.1", "dara", MONDAY, "", Map.of("pack.yaml", "b")));
            return null;
        })).isInstanceOf(RuntimeException.class);
        assertThat(this.<Optional<PackRelease>>authoring(repository -> repository.latest(PACK))).get().extracting(PackRelease::publishedBy).isEqualTo("sokha");
    }
}

package org.sala.pack.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.pack.model.Pack;

class PackDiscoveryTest {

    @TempDir
    Path packs;

    @Test
    void aBrokenPackIsRefusedAndTheOthersStillLoad() throws IOException {
        pack("good", "good", "1.0");
        Files.createDirectories(packs.resolve("bad"));
        Files.writeString(packs.resolve("bad/pack.yaml"), "id: bad\ntitle: [\n");

        LoadedPacks loaded = PackDiscovery.load(PackDiscovery.inDirectory(packs));

        assertThat(loaded.packs()).extracting(Pack::id).containsExactly("good");
        assertThat(loaded.refused()).singleElement().satisfies(result -> {
            assertThat(result.location()).endsWith("bad");
            assertThat(result.errors()).isNotEmpty();
        });
    }

    @Test
    void ofTwoVersionsOfAPackTheNewerIsUsedAndANoticeSaysSo() throws IOException {
        pack("old", "same", "1.9.0");
        pack("new", "same", "1.10.0");

        LoadedPacks loaded = PackDiscovery.load(PackDiscovery.inDirectory(packs));

        assertThat(loaded.packs()).singleElement().satisfies(pack -> assertThat(pack.info().version()).isEqualTo("1.10.0"));
        assertThat(loaded.notices()).containsExactly("pack 'same': version 1.10.0 is used, version 1.9.0 is ignored");
    }

    @Test
    void aMissingPacksDirectoryHoldsNoPacks() {
        assertThat(PackDiscovery.inDirectory(packs.resolve("absent"))).isEmpty();
    }

    @Test
    void versionsCompareByNumberNotByText() {
        assertThat(Versions.compare("1.10", "1.9")).isPositive();
        assertThat(Versions.compare("2", "2.0.0")).isZero();
        assertThat(Versions.compare("1.0-beta", "1.0-alpha")).isPositive();
    }

    private void pack(String directory, String id, String version) throws IOException {
        Path root = packs.resolve(directory);
        Files.createDirectories(root);
        Files.writeString(root.resolve("pack.yaml"), "id: " + id + "\ntitle: T\nversion: " + version + "\nlessons: [l.md]\n");
        Files.writeString(root.resolve("l.md"), "---\nid: l\ntitle: L\norder: 1\n---\nSome text.\n");
    }
}

package org.sala.pack.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.pack.model.Pack;
import org.sala.pack.read.PackReader;
import org.sala.pack.read.PackSource;
import org.sala.pack.read.Sources;

/** Packs as zip archives: read like folders, refused whole when an entry would escape or is too large. */
class ArchiveTest {

    @TempDir
    Path dir;

    private static final String MANIFEST = "id: zipped\ntitle: Zipped\nversion: 1\nlessons: [l.md]\n";
    private static final String LESSON = "---\nid: l\ntitle: L\norder: 1\n---\nText.\n";

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path archive = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(archive); var zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return archive;
    }

    private static Map<String, byte[]> files(String... pathsAndTexts) {
        var files = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    @Test
    void aPackArchiveIsReadWithTheManifestAtItsRootOrInOneTopFolder() throws IOException {
        Path flat = zip("flat.zip", files("pack.yaml", MANIFEST, "l.md", LESSON));
        Path nested = zip("nested.zip", files("zipped-1/pack.yaml", MANIFEST, "zipped-1/l.md", LESSON));

        assertThat(PackReader.read(Sources.zip(flat)).pack()).map(Pack::id).contains("zipped");
        assertThat(PackReader.read(Sources.zip(nested)).pack()).map(Pack::id).contains("zipped");
    }

    @Test
    void anEntryThatWouldLeaveThePackRefusesTheArchive() throws IOException {
        Path slip = zip("slip.zip", files("pack.yaml", MANIFEST, "../../etc/cron.d/evil", "x"));

        assertThatThrownBy(() -> Sources.zip(slip)).hasMessageContaining("entry '../../etc/cron.d/evil' would be written outside the pack");
    }

    @Test
    void anOversizedEntryRefusesTheArchive() throws IOException {
        Path big = zip("big.zip", Map.of("pack.yaml", MANIFEST.getBytes(StandardCharsets.UTF_8),
                "l.md", new byte[PackSource.MAX_FILE_BYTES + 10]));

        assertThatThrownBy(() -> Sources.zip(big)).hasMessageContaining("entry 'l.md' is larger than 1024 KiB");
    }

    @Test
    void aBrokenArchiveInThePacksDirectoryIsRefusedAndTheOthersLoad() throws IOException {
        zip("good.zip", files("pack.yaml", MANIFEST, "l.md", LESSON));
        zip("evil.zip", files("pack.yaml", MANIFEST, "/etc/passwd", "x"));
        Files.writeString(dir.resolve("not-a.zip"), "this is not a zip archive");

        LoadedPacks loaded = PackDiscovery.load(PackDiscovery.inDirectory(dir));

        assertThat(loaded.packs()).extracting(Pack::id).containsExactly("zipped");
        assertThat(loaded.refused()).hasSize(2).allSatisfy(result -> assertThat(result.errors()).isNotEmpty());
        assertThat(loaded.refused().stream().flatMap(result -> result.errors().stream()).map(Object::toString))
                .anySatisfy(message -> assertThat(message).contains("'/etc/passwd' would be written outside the pack"));
    }
}

package org.sala.pack.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sala.pack.model.Pack;

/** A pack packaged as a resource jar, as content packs ship, is found and read from inside the jar. */
class JarPackTest {

    @TempDir
    Path dir;

    @Test
    void aPackInsideAJarOnTheClasspathIsFoundAndRead() throws IOException {
        Path jar = dir.resolve("pack with space.jar");
        writeJar(jar, Map.of(
                "META-INF/sala/pack.yaml", "id: jarred\ntitle: Jarred\nversion: 2\nlessons: [lessons/only one.md]\n",
                "META-INF/sala/lessons/only one.md", "---\nid: only\ntitle: Only\norder: 1\n---\n## Part\nText.\n"));

        try (var loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            LoadedPacks loaded = PackDiscovery.load(PackDiscovery.onClasspath(loader));

            assertThat(loaded.refused()).isEmpty();
            assertThat(loaded.packs()).extracting(Pack::id).containsExactly("jarred");
            assertThat(loaded.packs().get(0).lesson("only").orElseThrow().sections()).hasSize(1);
        }
    }

    private static void writeJar(Path jar, Map<String, String> files) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); var jarOut = new JarOutputStream(out)) {
            for (var file : files.entrySet()) {
                jarOut.putNextEntry(new JarEntry(file.getKey()));
                jarOut.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                jarOut.closeEntry();
            }
        }
    }
}

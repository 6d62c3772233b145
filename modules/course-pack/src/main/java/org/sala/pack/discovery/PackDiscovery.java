package org.sala.pack.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sala.pack.model.Pack;
import org.sala.pack.read.PackReader;
import org.sala.pack.read.PackSource;
import org.sala.pack.read.ReadResult;
import org.sala.pack.read.Sources;

/** Finds packs and loads all of them, so one broken pack never keeps the others out. */
public final class PackDiscovery {

    /** Where a resource jar keeps its pack's manifest; the pack's other files lie beside it. */
    public static final String CLASSPATH_MANIFEST = "META-INF/sala/" + PackSource.MANIFEST;

    private PackDiscovery() {
    }

    /** Every pack on the classpath of {@code loader}, one per resource jar. */
    public static List<PackSource> onClasspath(ClassLoader loader) {
        try {
            var sources = new ArrayList<PackSource>();
            for (URL manifest : Collections.list(loader.getResources(CLASSPATH_MANIFEST))) {
                sources.add(Sources.url(manifest));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + CLASSPATH_MANIFEST + " on the classpath", e);
        }
    }

    /**
     * Every pack in {@code directory}: each subdirectory that holds a {@code pack.yaml}, and each {@code .zip}
     * archive (an archive that cannot be opened safely is listed too, so that loading reports why it was
     * refused). None if the directory does not exist.
     */
    public static List<PackSource> inDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(directory)) {
            return children.sorted()
                    .<PackSource>mapMulti((child, sources) -> {
                        if (Files.isRegularFile(child.resolve(PackSource.MANIFEST))) {
                            sources.accept(Sources.directory(child));
                        } else if (Files.isRegularFile(child) && child.getFileName().toString().endsWith(".zip")) {
                            sources.accept(open(child));
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the packs directory " + directory, e);
        }
    }

    /** A pack archive, or a source that reports why it could not be opened. */
    public static PackSource open(Path archive) {
        try {
            return Sources.zip(archive);
        } catch (IOException e) {
            return Sources.unreadable(archive.toAbsolutePath().toString(), e);
        }
    }

    /**
     * Reads every source. Packs with errors are refused; of two packs with the same id the one with the
     * higher version is kept and a notice says which was dropped.
     */
    public static LoadedPacks load(List<PackSource> sources) {
        Map<String, Pack> chosen = new LinkedHashMap<>();
        var results = new ArrayList<ReadResult>();
        var notices = new ArrayList<String>();
        for (PackSource source : sources) {
            ReadResult result = PackReader.read(source);
            results.add(result);
            result.pack().ifPresent(pack -> {
                Pack other = chosen.get(pack.id());
                if (other == null) {
                    chosen.put(pack.id(), pack);
                    return;
                }
                boolean newer = Versions.compare(pack.info().version(), other.info().version()) > 0;
                Pack kept = newer ? pack : other;
                Pack dropped = newer ? other : pack;
                chosen.put(pack.id(), kept);
                notices.add("pack '" + pack.id() + "': version " + kept.info().version() + " is used, version "
                        + dropped.info().version() + " is ignored");
            });
        }
        List<Pack> packs = chosen.values().stream().sorted(Comparator.comparing(pack -> pack.info().title())).toList();
        return new LoadedPacks(packs, results, notices);
    }
}

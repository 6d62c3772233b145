package org.sala.web.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sala.pack.discovery.LoadedPacks;
import org.sala.pack.discovery.PackDiscovery;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Pack;
import org.sala.pack.read.PackFiles;
import org.sala.pack.read.PackSource;
import org.sala.pack.read.ReadResult;
import org.sala.pack.read.Sources;
import org.sala.persistence.authoring.AuthoringRepository;
import org.sala.persistence.authoring.PackRelease;
import org.sala.web.database.SalaDatabase;

/**
 * The packs in use: every pack on the application's classpath, those in the packs directory
 * ({@code sala.packs.dir} / {@code SALA_PACKS_DIR}, optional), and the newest release of each pack that
 * editors published in the browser (stored in the database, so every node of a cluster serves it). Of two
 * versions of a pack the higher is served; a release is always higher than the files it was edited from.
 * A broken pack is left out and its problems are logged as {@code file:line:column: message}.
 *
 * <p>Each node asks the database for newer releases at most every {@link #RECHECK_MILLIS} ms (one small
 * query) and swaps in a new, immutable set of packs when there is one; requests in flight keep the set they
 * started with. The packs themselves are immutable, so they are shared by all requests without locking.
 */
@ApplicationScoped
public class PackCatalog {

    private static final Logger LOG = Logger.getLogger(PackCatalog.class.getName());

    /** How stale a node's packs may be after an editor published on another node. */
    public static final long RECHECK_MILLIS = 2_000;

    private static final String RELEASE = "release ";

    @Inject
    SalaDatabase database;

    @Inject
    AuthoringRepository authoring;

    private List<PackSource> shipped = List.of();
    private volatile Served served = new Served(new LoadedPacks(List.of(), List.of(), List.of()), Map.of(), Map.of());
    private volatile long checkedAt;
    private final ReentrantLock reloading = new ReentrantLock();

    /** What is served now: the packs, the source each came from, the release numbers they include. */
    private record Served(LoadedPacks loaded, Map<Pack, PackSource> sources, Map<String, Integer> releases) {
    }

    private final Map<Pack, Map<String, String>> lessonHtml = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

    /** A catalog loaded now, outside the container (tests, tools): the shipped packs only. */
    public static PackCatalog loaded() {
        var catalog = new PackCatalog();
        catalog.load();
        return catalog;
    }

    @PostConstruct
    void load() {
        var sources = new ArrayList<PackSource>(PackDiscovery.onClasspath(Thread.currentThread().getContextClassLoader()));
        packsDirectory().ifPresent(directory -> sources.addAll(PackDiscovery.inDirectory(directory)));
        shipped = List.copyOf(sources);
        served = build(releaseNumbers().orElse(Map.of()), true);
        checkedAt = System.currentTimeMillis();
    }

    public List<Pack> packs() {
        return current().loaded().packs();
    }

    public Optional<Pack> pack(String id) {
        return id == null ? Optional.empty() : current().loaded().pack(id);
    }

    /** The lesson's body as sanitized HTML, its headings carrying their section anchors. */
    public String lessonHtml(Pack pack, Lesson lesson) {
        return lessonHtml.computeIfAbsent(pack, key -> new ConcurrentHashMap<>())
                .computeIfAbsent(lesson.id(), id -> MarkdownRenderer.render(lesson.markdown(), lesson.sections()));
    }

    /** Every file of the pack as served now, by path inside the pack. */
    public Map<String, String> files(Pack pack) {
        PackSource source = current().sources().get(pack);
        if (source == null) {
            throw new IllegalArgumentException("pack '" + pack.id() + "' " + pack.info().version() + " is not served any more");
        }
        try {
            return PackFiles.read(source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the files of pack '" + pack.id() + "' from " + source.location(), e);
        }
    }

    /** True when the pack is served from a release published in the browser, not from the files it was shipped with. */
    public boolean isReleased(Pack pack) {
        PackSource source = current().sources().get(pack);
        return source != null && source.location().startsWith(RELEASE);
    }

    /** Serves the newest releases now (after a publish on this node), without waiting for the next check. */
    public void reload() {
        reloading.lock();
        try {
            releaseNumbers().ifPresent(numbers -> served = build(numbers, false));
            checkedAt = System.currentTimeMillis();
        } finally {
            reloading.unlock();
        }
    }

    private Served current() {
        if (database != null && System.currentTimeMillis() - checkedAt > RECHECK_MILLIS && reloading.tryLock()) {
            try {
                checkedAt = System.currentTimeMillis();
                releaseNumbers().filter(numbers -> !numbers.equals(served.releases())).ifPresent(numbers -> {
                    LOG.info(() -> "newer pack releases published: " + numbers + "; serving them");
                    served = build(numbers, false);
                });
            } finally {
                reloading.unlock();
            }
        }
        return served;
    }

    /** The newest release number of each pack, or empty when there is no database or it does not answer. */
    private Optional<Map<String, Integer>> releaseNumbers() {
        if (database == null) {
            return Optional.of(Map.of());
        }
        try {
            return Optional.of(database.read(authoring::latestNumbers));
        } catch (RuntimeException unavailable) {
            LOG.log(Level.WARNING, "cannot ask the database for published pack releases; serving the packs as they are", unavailable);
            return Optional.empty();
        }
    }

    private Served build(Map<String, Integer> numbers, boolean atStart) {
        // Releases first: of a release and files at the same version (files a release was written back to), the release is served.
        var sources = new ArrayList<PackSource>();
        for (String packId : numbers.keySet()) {
            database.read(() -> authoring.latest(packId)).ifPresent(release -> sources.add(source(release)));
        }
        sources.addAll(shipped);
        LoadedPacks loaded = PackDiscovery.load(sources);
        var from = new IdentityHashMap<Pack, PackSource>();
        for (int index = 0; index < sources.size(); index++) {
            ReadResult result = loaded.results().get(index);
            PackSource source = sources.get(index);
            result.pack().flatMap(pack -> loaded.pack(pack.id()).filter(chosen -> chosen == pack)).ifPresent(pack -> from.put(pack, source));
            if (result.pack().isEmpty()) {
                LOG.severe(() -> "Pack at " + result.location() + " refused:\n  "
                        + String.join("\n  ", result.errors().stream().map(Object::toString).toList()));
            } else if (atStart && !result.warnings().isEmpty()) {
                LOG.warning(() -> "Pack at " + result.location() + " has warnings:\n  "
                        + String.join("\n  ", result.warnings().stream().map(Object::toString).toList()));
            }
        }
        loaded.notices().forEach(LOG::info);
        for (Pack pack : loaded.packs()) {
            LOG.info(() -> "Pack '" + pack.id() + "' " + pack.info().version() + ": " + pack.lessons().size()
                    + " lesson(s), " + pack.quizzes().size() + " quiz(zes)");
        }
        return new Served(loaded, from, Map.copyOf(numbers));
    }

    private static PackSource source(PackRelease release) {
        return Sources.memory(RELEASE + release.number() + " of pack '" + release.packId() + "' (published by "
                + release.publishedBy() + ")", release.files());
    }

    private static Optional<Path> packsDirectory() {
        String directory = System.getProperty("sala.packs.dir", System.getenv("SALA_PACKS_DIR"));
        return directory == null || directory.isBlank() ? Optional.empty() : Optional.of(Path.of(directory));
    }
}

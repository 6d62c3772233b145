package org.sala.web.content;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.sala.pack.discovery.LoadedPacks;
import org.sala.pack.discovery.PackDiscovery;
import org.sala.pack.model.Lesson;
import org.sala.pack.model.Pack;
import org.sala.pack.read.PackSource;
import org.sala.pack.read.ReadResult;

/**
 * The installed packs: every pack on the application's classpath plus those in the packs directory
 * ({@code sala.packs.dir} / {@code SALA_PACKS_DIR}, optional). Loaded once; a broken pack is left out
 * and its problems are logged as {@code file:line:column: message}. Immutable after loading, so shared
 * by all requests without locking.
 */
@ApplicationScoped
public class PackCatalog {

    private static final Logger LOG = Logger.getLogger(PackCatalog.class.getName());

    private LoadedPacks loaded;
    private final Map<String, String> lessonHtml = new ConcurrentHashMap<>();

    /** A catalog loaded now, outside the container (tests, tools). */
    public static PackCatalog loaded() {
        var catalog = new PackCatalog();
        catalog.load();
        return catalog;
    }

    @PostConstruct
    void load() {
        var sources = new ArrayList<PackSource>(PackDiscovery.onClasspath(Thread.currentThread().getContextClassLoader()));
        packsDirectory().ifPresent(directory -> sources.addAll(PackDiscovery.inDirectory(directory)));
        loaded = PackDiscovery.load(sources);
        for (ReadResult result : loaded.results()) {
            if (result.pack().isEmpty()) {
                LOG.severe(() -> "Pack at " + result.location() + " refused:\n  "
                        + String.join("\n  ", result.errors().stream().map(Object::toString).toList()));
            } else if (!result.warnings().isEmpty()) {
                LOG.warning(() -> "Pack at " + result.location() + " has warnings:\n  "
                        + String.join("\n  ", result.warnings().stream().map(Object::toString).toList()));
            }
        }
        loaded.notices().forEach(LOG::info);
        for (Pack pack : loaded.packs()) {
            for (Lesson lesson : pack.lessons()) {
                lessonHtml.put(key(pack.id(), lesson.id()), MarkdownRenderer.render(lesson.markdown(), lesson.sections()));
            }
            LOG.info(() -> "Pack '" + pack.id() + "' " + pack.info().version() + ": " + pack.lessons().size()
                    + " lesson(s), " + pack.quizzes().size() + " quiz(zes)");
        }
    }

    public List<Pack> packs() {
        return loaded.packs();
    }

    public Optional<Pack> pack(String id) {
        return id == null ? Optional.empty() : loaded.pack(id);
    }

    /** The lesson's body as sanitized HTML, its headings carrying their section anchors. */
    public String lessonHtml(Pack pack, Lesson lesson) {
        return lessonHtml.get(key(pack.id(), lesson.id()));
    }

    private static String key(String packId, String lessonId) {
        return packId + "/" + lessonId;
    }

    private static Optional<Path> packsDirectory() {
        String directory = System.getProperty("sala.packs.dir", System.getenv("SALA_PACKS_DIR"));
        return directory == null || directory.isBlank() ? Optional.empty() : Optional.of(Path.of(directory));
    }
}

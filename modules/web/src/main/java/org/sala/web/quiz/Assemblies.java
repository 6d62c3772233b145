package org.sala.web.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sala.engine.assembly.Assembler;
import org.sala.engine.assembly.Assembly;
import org.sala.engine.assembly.QuestionPool;
import org.sala.pack.model.Pack;
import org.sala.pack.model.Quiz;

/**
 * An attempt's questions, assembled from its pack, quiz and seed by the engine, and kept for the requests
 * that follow (assembly is a pure function, and every request of an attempt needs it).
 */
@ApplicationScoped
public class Assemblies {

    private static final int ASSEMBLIES_KEPT = 20_000;

    /** The assemblies of recent attempts, least recently used dropped first. */
    private final Map<AssemblyKey, Assembly> assemblies = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<AssemblyKey, Assembly> eldest) {
            return size() > ASSEMBLIES_KEPT;
        }
    });

    private final Map<Pack, QuestionPool> pools = Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /**
     * The questions of an attempt at {@code quiz}, made from its blueprint and the pack's pool with this
     * seed: the same seed always gives the same questions, order and option order.
     */
    public Assembly assemble(Pack pack, Quiz quiz, long seed) {
        // Assembly is a pure function of pack, quiz and seed, and every request of an attempt needs it.
        return assemblies.computeIfAbsent(new AssemblyKey(pack, quiz.id(), seed),
                key -> Assembler.assemble(quiz.blueprint(), pool(pack), seed, Set.of()));
    }

    private QuestionPool pool(Pack pack) {
        return pools.computeIfAbsent(pack, Pack::pool);
    }

    /** An assembly is known by its pack (the very object, so a reloaded pack is a new key), quiz and seed. */
    private record AssemblyKey(Pack pack, String quizId, long seed) {

        @Override
        public boolean equals(Object other) {
            return other instanceof AssemblyKey key && key.pack == pack && key.seed == seed && key.quizId.equals(quizId);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(pack) * 31 + Long.hashCode(seed) * 17 + quizId.hashCode();
        }
    }
}

package org.sala.web.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sala.engine.assembly.AssembledQuestion;
import org.sala.engine.assembly.Assembler;
import org.sala.engine.assembly.Assembly;
import org.sala.engine.assembly.QuestionPool;
import org.sala.engine.question.Question;
import org.sala.pack.model.Pack;
import org.sala.pack.model.PackQuestion;
import org.sala.pack.model.Quiz;
import org.sala.persistence.attempt.AttemptRecord;
import org.sala.persistence.attempt.QuestionSource;
import org.sala.web.content.PackCatalog;

/**
 * An attempt's questions, assembled from its pack, quiz and seed by the engine, and kept for the requests
 * that follow (assembly is a pure function, and every request of an attempt needs it).
 */
@ApplicationScoped
public class Assemblies {

    @Inject
    PackCatalog catalog;

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

    /**
     * An attempt's questions as its page shows them: the versions the attempt keeps, each in the order its
     * seed's assembly gives it while that assembly still holds the same version, else in an order of its own
     * (the pack changed since the attempt started; the attempt does not).
     */
    public List<AssembledQuestion> shown(Pack pack, Quiz quiz, AttemptRecord record) {
        var assembled = new HashMap<String, AssembledQuestion>();
        try {
            assemble(pack, quiz, record.seed()).questions().forEach(question -> assembled.put(question.question().id(), question));
        } catch (RuntimeException noLongerAssembles) {
            // The quiz now asks for questions the pack cannot give; the attempt still has its own.
        }
        return record.attempt().questions().stream().map(question -> {
            AssembledQuestion current = assembled.get(question.id());
            return current != null && current.question().equals(question) ? current : Assembler.alone(question, record.seed());
        }).toList();
    }

    /**
     * One question of an attempt as its page shows it ({@link #shown} for one), with its place in the attempt
     * (1-based); empty when the attempt has no such question.
     */
    public Optional<Map.Entry<AssembledQuestion, Integer>> shown(Pack pack, Quiz quiz, AttemptRecord record, String questionId) {
        List<Question> held = record.attempt().questions();
        for (int i = 0; i < held.size(); i++) {
            Question question = held.get(i);
            if (question.id().equals(questionId)) {
                AssembledQuestion current = null;
                try {
                    current = assemble(pack, quiz, record.seed()).questions().stream()
                            .filter(candidate -> candidate.question().id().equals(questionId)).findFirst().orElse(null);
                } catch (RuntimeException noLongerAssembles) {
                    // as in shown(): the attempt still has its own question
                }
                return Optional.of(Map.entry(current != null && current.question().equals(question) ? current
                        : Assembler.alone(question, record.seed()), i + 1));
            }
        }
        return Optional.empty();
    }

    /** Questions of an attempt stored before versions were kept: assembled again from its pack and seed. */
    public QuestionSource source() {
        return new QuestionSource() {
            @Override
            public List<Question> questions(String packId, String packVersion, String quizId, long seed) {
                Pack pack = catalog.pack(packId).orElseThrow(() -> new UnknownContentException("no pack '" + packId + "'"));
                Quiz quiz = pack.quiz(quizId).orElseThrow(() -> new UnknownContentException("no quiz '" + quizId + "'"));
                return assemble(pack, quiz, seed).engineQuestions();
            }

            @Override
            public Optional<Question> question(String packId, String questionId) {
                return catalog.pack(packId).flatMap(pack -> pack.question(questionId)).map(PackQuestion::question);
            }
        };
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

package org.sala.web.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sala.persistence.attempt.AccommodationRepository;
import org.sala.persistence.attempt.LearnerAccommodation;

/** Accommodations kept in a map, for service tests without a database. */
final class InMemoryAccommodations implements AccommodationRepository {

    private final Map<List<String>, LearnerAccommodation> stored = new ConcurrentHashMap<>();

    private static List<String> key(String learner, String packId, String quizId) {
        return List.of(learner, packId, quizId);
    }

    @Override
    public Optional<LearnerAccommodation> find(String learner, String packId, String quizId) {
        return Optional.ofNullable(stored.get(key(learner, packId, quizId)));
    }

    @Override
    public List<LearnerAccommodation> forPack(String packId) {
        return stored.values().stream().filter(found -> found.packId().equals(packId))
                .sorted(Comparator.comparing(LearnerAccommodation::learner).thenComparing(LearnerAccommodation::quizId)).toList();
    }

    @Override
    public List<LearnerAccommodation> all() {
        return new ArrayList<>(stored.values());
    }

    @Override
    public void set(LearnerAccommodation accommodation) {
        stored.put(key(accommodation.learner(), accommodation.packId(), accommodation.quizId()), accommodation);
    }

    @Override
    public boolean remove(String learner, String packId, String quizId) {
        return stored.remove(key(learner, packId, quizId)) != null;
    }
}

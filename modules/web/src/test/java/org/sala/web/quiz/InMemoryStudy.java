package org.sala.web.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sala.engine.review.ReviewEvent;
import org.sala.persistence.study.Enrolment;
import org.sala.persistence.study.StudyRepository;

/** The parts of a learner's study records the attempt service writes (flags, reviews), kept in maps. */
final class InMemoryStudy implements StudyRepository {

    private final Map<UUID, Set<String>> flags = new HashMap<>();
    final Map<String, List<ReviewEvent>> reviews = new HashMap<>();

    @Override
    public void flag(UUID attemptId, String questionId, boolean flagged) {
        Set<String> set = flags.computeIfAbsent(attemptId, id -> new LinkedHashSet<>());
        if (flagged) {
            set.add(questionId);
        } else {
            set.remove(questionId);
        }
    }

    @Override
    public Set<String> flags(UUID attemptId) {
        return Set.copyOf(flags.getOrDefault(attemptId, Set.of()));
    }

    @Override
    public void addReview(String learner, String packId, String questionId, ReviewEvent event) {
        reviews.computeIfAbsent(learner + "/" + questionId, key -> new ArrayList<>()).add(event);
    }

    @Override
    public Optional<Enrolment> enrolment(String learner, String packId) {
        throw new UnsupportedOperationException("not used by the attempt service");
    }

    @Override
    public Enrolment visit(String learner, String packId, Optional<String> lessonId, Instant at) {
        throw new UnsupportedOperationException("not used by the attempt service");
    }

    @Override
    public boolean markStudied(String learner, String packId, String lessonId, Instant at) {
        throw new UnsupportedOperationException("not used by the attempt service");
    }

    @Override
    public boolean unmarkStudied(String learner, String packId, String lessonId) {
        throw new UnsupportedOperationException("not used by the attempt service");
    }

    @Override
    public Set<String> studiedLessons(String learner, String packId) {
        throw new UnsupportedOperationException("not used by the attempt service");
    }

    @Override
    public Map<String, List<ReviewEvent>> reviewHistory(String learner, String packId) {
        throw new UnsupportedOperationException("not used by the attempt service");
    }
}

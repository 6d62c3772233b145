package org.sala.web.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sala.persistence.authoring.AuthoringRepository;
import org.sala.persistence.authoring.FileDraft;
import org.sala.persistence.authoring.PackRelease;
import org.sala.persistence.authoring.QuestionDraft;

/** Drafts and releases kept in maps, for testing the authoring service without a database. */
final class InMemoryAuthoring implements AuthoringRepository {

    private final Map<String, QuestionDraft> drafts = new TreeMap<>();
    private final Map<String, FileDraft> files = new TreeMap<>();
    final List<PackRelease> releases = new ArrayList<>();

    private static String key(String packId, String questionId) {
        return packId + "/" + questionId;
    }

    @Override
    public List<QuestionDraft> drafts(String packId) {
        return drafts.values().stream().filter(draft -> draft.packId().equals(packId)).toList();
    }

    @Override
    public Optional<QuestionDraft> draft(String packId, String questionId) {
        return Optional.ofNullable(drafts.get(key(packId, questionId)));
    }

    @Override
    public Saved save(QuestionDraft draft) {
        QuestionDraft stored = drafts.get(key(draft.packId(), draft.questionId()));
        int storedRevision = stored == null ? 0 : stored.revision();
        if (storedRevision != draft.revision()) {
            return new Saved(stored == null ? draft : stored, true);
        }
        var saved = new QuestionDraft(draft.packId(), draft.questionId(), draft.bankId(), draft.text(), draft.retired(),
                draft.baseVersion(), draft.editor(), draft.updatedAt(), draft.revision() + 1);
        drafts.put(key(draft.packId(), draft.questionId()), saved);
        return new Saved(saved, false);
    }

    @Override
    public boolean discard(String packId, String questionId) {
        return drafts.remove(key(packId, questionId)) != null;
    }

    @Override
    public List<FileDraft> fileDrafts(String packId) {
        return files.values().stream().filter(draft -> draft.packId().equals(packId)).toList();
    }

    @Override
    public Optional<FileDraft> fileDraft(String packId, String path) {
        return Optional.ofNullable(files.get(key(packId, path)));
    }

    @Override
    public SavedFile save(FileDraft draft) {
        FileDraft stored = files.get(key(draft.packId(), draft.path()));
        if ((stored == null ? 0 : stored.revision()) != draft.revision()) {
            return new SavedFile(stored == null ? draft : stored, true);
        }
        var saved = new FileDraft(draft.packId(), draft.path(), draft.text(), draft.baseVersion(), draft.editor(), draft.updatedAt(),
                draft.revision() + 1);
        files.put(key(draft.packId(), draft.path()), saved);
        return new SavedFile(saved, false);
    }

    @Override
    public boolean discardFile(String packId, String path) {
        return files.remove(key(packId, path)) != null;
    }

    @Override
    public Optional<PackRelease> latest(String packId) {
        return releases.stream().filter(release -> release.packId().equals(packId)).reduce((first, second) -> second);
    }

    @Override
    public Map<String, Integer> latestNumbers() {
        var numbers = new LinkedHashMap<String, Integer>();
        releases.forEach(release -> numbers.merge(release.packId(), release.number(), Math::max));
        return numbers;
    }

    @Override
    public List<PackRelease> releases(String packId) {
        return releases.stream().filter(release -> release.packId().equals(packId)).toList().reversed();
    }

    @Override
    public void add(PackRelease release) {
        if (latest(release.packId()).filter(existing -> existing.number() >= release.number()).isPresent()) {
            throw new IllegalStateException("release " + release.number() + " of " + release.packId() + " exists");
        }
        releases.add(release);
    }
}

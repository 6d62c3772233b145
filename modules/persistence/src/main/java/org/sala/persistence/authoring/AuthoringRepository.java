package org.sala.persistence.authoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Drafts and releases, within the caller's transaction. */
public interface AuthoringRepository {

    /** A pack's drafts, by question id. */
    List<QuestionDraft> drafts(String packId);

    Optional<QuestionDraft> draft(String packId, String questionId);

    /**
     * Stores the draft as revision {@code draft.revision() + 1} if the stored one is still at
     * {@code draft.revision()} (0: there is none yet).
     *
     * @return the draft as stored, or the stored one that stands in the way (someone else saved in between)
     */
    Saved save(QuestionDraft draft);

    /** Throws a draft away; false when there was none. */
    boolean discard(String packId, String questionId);

    /** A pack's file drafts, by path. */
    List<FileDraft> fileDrafts(String packId);

    Optional<FileDraft> fileDraft(String packId, String path);

    /** Stores a file draft as {@link #save(QuestionDraft)} stores a question draft. */
    SavedFile save(FileDraft draft);

    /** Throws a file draft away; false when there was none. */
    boolean discardFile(String packId, String path);

    /** The newest release of a pack, with its files. */
    Optional<PackRelease> latest(String packId);

    /** The number of every pack's newest release: cheap enough to ask often. */
    Map<String, Integer> latestNumbers();

    /** A pack's releases without their files, newest first. */
    List<PackRelease> releases(String packId);

    /**
     * Adds a release. When two editors publish at once, one of the two transactions fails on the release's key
     * and is tried again by the caller's transaction boundary.
     */
    void add(PackRelease release);

    /** The outcome of saving a question draft. */
    record Saved(QuestionDraft draft, boolean conflict) {
    }

    /** The outcome of saving a file draft. */
    record SavedFile(FileDraft draft, boolean conflict) {
    }
}

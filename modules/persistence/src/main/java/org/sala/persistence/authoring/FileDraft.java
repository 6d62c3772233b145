package org.sala.persistence.authoring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A whole file of a pack (a quiz, a lesson) as an editor left it, not yet published.
 *
 * @param path        the file's path inside the pack, as {@code pack.yaml} lists it
 * @param baseVersion the SHA-256 of the file as served when the editor opened it
 * @param revision    grows by one with every save; 0 for a draft not yet saved
 */
public record FileDraft(String packId, String path, String text, String baseVersion, String editor, Instant updatedAt, int revision) {

    public FileDraft {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(baseVersion, "baseVersion");
        Objects.requireNonNull(editor, "editor");
        updatedAt = Objects.requireNonNull(updatedAt, "updatedAt").truncatedTo(ChronoUnit.MICROS);
    }
}

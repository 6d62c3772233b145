package org.sala.persistence.authoring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A published version of a pack: every file of it as text, by path inside the pack.
 *
 * @param number  1 for a pack's first release, then one more each time
 * @param version the version its {@code pack.yaml} states
 * @param summary what changed, in a line (shown in the list of releases)
 */
public record PackRelease(String packId, int number, String version, String publishedBy, Instant publishedAt, String summary,
                          Map<String, String> files) {

    public PackRelease {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(publishedBy, "publishedBy");
        publishedAt = Objects.requireNonNull(publishedAt, "publishedAt").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(summary, "summary");
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }
}

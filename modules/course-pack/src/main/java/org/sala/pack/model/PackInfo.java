package org.sala.pack.model;

import java.util.List;
import java.util.Objects;

/**
 * A pack's metadata. The id is stable across versions and names the pack in URLs and stored attempts.
 *
 * @param language a BCP 47 tag (en, km, fr-CA)
 * @param licence  an SPDX identifier or a short name (CC-BY-SA-4.0); empty when not given
 */
public record PackInfo(String id, String title, String version, String language, List<String> authors, String licence,
                       String description) {

    public PackInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(language, "language");
        authors = List.copyOf(authors);
        licence = licence == null ? "" : licence;
        description = description == null ? "" : description;
    }
}

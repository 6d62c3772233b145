package org.sala.pack.model;

import java.util.Objects;

/** A pack's metadata. The id is stable across versions and names the pack in URLs and stored attempts. */
public record PackInfo(String id, String title, String version, String language, String description) {

    public PackInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(language, "language");
        description = description == null ? "" : description;
    }
}

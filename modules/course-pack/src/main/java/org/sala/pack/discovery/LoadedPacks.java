package org.sala.pack.discovery;

import java.util.List;
import java.util.Optional;
import org.sala.pack.model.Pack;
import org.sala.pack.read.ReadResult;

/**
 * The packs in use, sorted by title, with what reading each source gave (refused packs and warnings)
 * and notices such as a newer version replacing an older one.
 */
public record LoadedPacks(List<Pack> packs, List<ReadResult> results, List<String> notices) {

    public LoadedPacks {
        packs = List.copyOf(packs);
        results = List.copyOf(results);
        notices = List.copyOf(notices);
    }

    public Optional<Pack> pack(String id) {
        return packs.stream().filter(pack -> pack.id().equals(id)).findFirst();
    }

    public List<ReadResult> refused() {
        return results.stream().filter(result -> result.pack().isEmpty()).toList();
    }
}

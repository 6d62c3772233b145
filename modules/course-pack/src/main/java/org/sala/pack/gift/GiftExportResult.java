package org.sala.pack.gift;

import java.util.List;
import java.util.Objects;
import org.sala.pack.Problem;

/**
 * A GIFT file written from questions, and a warning (file {@code export}, line 0) for everything GIFT
 * cannot say and that was therefore left out or changed, each naming its question. Nothing is dropped
 * without a warning.
 */
public record GiftExportResult(String text, List<Problem> warnings) {

    public GiftExportResult {
        Objects.requireNonNull(text, "text");
        warnings = List.copyOf(warnings);
    }
}

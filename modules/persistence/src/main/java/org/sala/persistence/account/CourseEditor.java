package org.sala.persistence.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** An account's right to edit one course (pack), and who granted it when. */
public record CourseEditor(String username, String packId, String grantedBy, Instant grantedAt) {

    public CourseEditor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(grantedBy, "grantedBy");
        grantedAt = Objects.requireNonNull(grantedAt, "grantedAt").truncatedTo(ChronoUnit.MICROS);
    }
}

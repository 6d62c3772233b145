package org.sala.persistence.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Row of {@code question_version}: one version of a question, as canonical text, stored the first time an
 * attempt is assembled with it and never changed (the version is the hash of the text). Equal by version.
 */
@Entity
@Table(name = "question_version")
@NamedQuery(name = QuestionVersionEntity.FIND_ALL, query = "SELECT v FROM QuestionVersionEntity v WHERE v.version IN :versions")
public class QuestionVersionEntity {

    static final String FIND_ALL = "QuestionVersionEntity.findAll";

    @Id
    @Column(length = 64)
    private String version;

    @Column(name = "pack_id", nullable = false, length = 100)
    private String packId;

    @Column(name = "question_id", nullable = false, length = 100)
    private String questionId;

    @Column(nullable = false, length = 1_000_000)
    private String body;

    @Column(name = "first_used", nullable = false)
    private OffsetDateTime firstUsed;

    protected QuestionVersionEntity() {
    }

    QuestionVersionEntity(String version, String packId, String questionId, String body, Instant firstUsed) {
        this.version = version;
        this.packId = packId;
        this.questionId = questionId;
        this.body = body;
        this.firstUsed = firstUsed.atOffset(ZoneOffset.UTC);
    }

    String version() {
        return version;
    }

    String body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuestionVersionEntity that && version.equals(that.version);
    }

    @Override
    public int hashCode() {
        return version.hashCode();
    }
}

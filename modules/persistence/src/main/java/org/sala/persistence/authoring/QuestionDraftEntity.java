package org.sala.persistence.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/** Row of {@code question_draft}; its revision is the optimistic lock, so two saves of one revision cannot both win. */
@Entity
@Table(name = "question_draft")
@IdClass(QuestionDraftEntity.Key.class)
@NamedQuery(name = QuestionDraftEntity.BY_PACK, query = "SELECT d FROM QuestionDraftEntity d WHERE d.packId = :pack ORDER BY d.questionId")
public class QuestionDraftEntity {

    static final String BY_PACK = "QuestionDraftEntity.byPack";

    /** The primary key: pack and question. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String packId;
        private String questionId;

        public Key() {
        }

        Key(String packId, String questionId) {
            this.packId = packId;
            this.questionId = questionId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && packId.equals(key.packId) && questionId.equals(key.questionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(packId, questionId);
        }
    }

    @Id
    @Column(name = "pack_id", length = 100)
    private String packId;

    @Id
    @Column(name = "question_id", length = 100)
    private String questionId;

    @Column(name = "bank_id", nullable = false, length = 100)
    private String bankId;

    @Column(nullable = false, length = 1_000_000)
    private String body;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "base_version", length = 64)
    private String baseVersion;

    @Column(nullable = false, length = 50)
    private String editor;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    private int revision;

    protected QuestionDraftEntity() {
    }

    QuestionDraftEntity(QuestionDraft draft) {
        this.packId = draft.packId();
        this.questionId = draft.questionId();
        this.revision = 0;
        update(draft);
    }

    void update(QuestionDraft draft) {
        this.bankId = draft.bankId();
        this.body = draft.text();
        this.retired = draft.retired();
        this.baseVersion = draft.baseVersion().orElse(null);
        this.editor = draft.editor();
        this.updatedAt = draft.updatedAt().atOffset(ZoneOffset.UTC);
    }

    int revision() {
        return revision;
    }

    QuestionDraft toDraft() {
        return new QuestionDraft(packId, questionId, bankId, body, retired, Optional.ofNullable(baseVersion), editor,
                updatedAt.toInstant(), revision);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuestionDraftEntity that && packId.equals(that.packId) && questionId.equals(that.questionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(packId, questionId);
    }
}

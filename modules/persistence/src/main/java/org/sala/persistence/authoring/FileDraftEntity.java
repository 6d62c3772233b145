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

/** Row of {@code file_draft}; its revision is the optimistic lock, as for question drafts. */
@Entity
@Table(name = "file_draft")
@IdClass(FileDraftEntity.Key.class)
@NamedQuery(name = FileDraftEntity.BY_PACK, query = "SELECT d FROM FileDraftEntity d WHERE d.packId = :pack ORDER BY d.path")
public class FileDraftEntity {

    static final String BY_PACK = "FileDraftEntity.byPack";

    /** The primary key: pack and path. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String packId;
        private String path;

        public Key() {
        }

        Key(String packId, String path) {
            this.packId = packId;
            this.path = path;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && packId.equals(key.packId) && path.equals(key.path);
        }

        @Override
        public int hashCode() {
            return Objects.hash(packId, path);
        }
    }

    @Id
    @Column(name = "pack_id", length = 100)
    private String packId;

    @Id
    @Column(length = 300)
    private String path;

    @Column(nullable = false, length = 1_048_576)
    private String body;

    @Column(name = "base_version", nullable = false, length = 64)
    private String baseVersion;

    @Column(nullable = false, length = 50)
    private String editor;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    private int revision;

    protected FileDraftEntity() {
    }

    FileDraftEntity(FileDraft draft) {
        this.packId = draft.packId();
        this.path = draft.path();
        update(draft);
    }

    void update(FileDraft draft) {
        this.body = draft.text();
        this.baseVersion = draft.baseVersion();
        this.editor = draft.editor();
        this.updatedAt = draft.updatedAt().atOffset(ZoneOffset.UTC);
    }

    int revision() {
        return revision;
    }

    FileDraft toDraft() {
        return new FileDraft(packId, path, body, baseVersion, editor, updatedAt.toInstant(), revision);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileDraftEntity that && packId.equals(that.packId) && path.equals(that.path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(packId, path);
    }
}

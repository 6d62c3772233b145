package org.sala.persistence.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;

/** Row of {@code pack_release}; its files are {@link PackReleaseFileEntity} rows. */
@Entity
@Table(name = "pack_release")
@IdClass(PackReleaseEntity.Key.class)
@NamedQuery(name = PackReleaseEntity.BY_PACK, query = "SELECT r FROM PackReleaseEntity r WHERE r.packId = :pack ORDER BY r.number DESC")
@NamedQuery(name = PackReleaseEntity.LATEST_NUMBERS, query = "SELECT r.packId, MAX(r.number) FROM PackReleaseEntity r GROUP BY r.packId")
public class PackReleaseEntity {

    static final String BY_PACK = "PackReleaseEntity.byPack";
    static final String LATEST_NUMBERS = "PackReleaseEntity.latestNumbers";

    /** The primary key: pack and number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String packId;
        private int number;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && packId.equals(key.packId) && number == key.number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(packId, number);
        }
    }

    @Id
    @Column(name = "pack_id", length = 100)
    private String packId;

    @Id
    @Column(name = "number")
    private int number;

    @Column(nullable = false, length = 100)
    private String version;

    @Column(name = "published_by", nullable = false, length = 50)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    @Column(nullable = false, length = 1000)
    private String summary;

    protected PackReleaseEntity() {
    }

    PackReleaseEntity(PackRelease release) {
        this.packId = release.packId();
        this.number = release.number();
        this.version = release.version();
        this.publishedBy = release.publishedBy();
        this.publishedAt = release.publishedAt().atOffset(ZoneOffset.UTC);
        this.summary = release.summary().length() > 1000 ? release.summary().substring(0, 999) + "…" : release.summary();
    }

    PackRelease toRelease(Map<String, String> files) {
        return new PackRelease(packId, number, version, publishedBy, publishedAt.toInstant(), summary, files);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PackReleaseEntity that && packId.equals(that.packId) && number == that.number;
    }

    @Override
    public int hashCode() {
        return Objects.hash(packId, number);
    }
}

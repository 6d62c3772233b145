package org.sala.persistence.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Row of {@code pack_release_file}: one file of a release. */
@Entity
@Table(name = "pack_release_file")
@IdClass(PackReleaseFileEntity.Key.class)
@NamedQuery(name = PackReleaseFileEntity.OF_RELEASE,
        query = "SELECT f FROM PackReleaseFileEntity f WHERE f.packId = :pack AND f.number = :number ORDER BY f.path")
public class PackReleaseFileEntity {

    static final String OF_RELEASE = "PackReleaseFileEntity.ofRelease";

    /** The primary key: release and path. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String packId;
        private int number;
        private String path;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && packId.equals(key.packId) && number == key.number && path.equals(key.path);
        }

        @Override
        public int hashCode() {
            return Objects.hash(packId, number, path);
        }
    }

    @Id
    @Column(name = "pack_id", length = 100)
    private String packId;

    @Id
    @Column(name = "number")
    private int number;

    @Id
    @Column(length = 300)
    private String path;

    @Column(nullable = false, length = 1_048_576)
    private String body;

    protected PackReleaseFileEntity() {
    }

    PackReleaseFileEntity(String packId, int number, String path, String body) {
        this.packId = packId;
        this.number = number;
        this.path = path;
        this.body = body;
    }

    String path() {
        return path;
    }

    String body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PackReleaseFileEntity that && packId.equals(that.packId) && number == that.number
                && path.equals(that.path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(packId, number, path);
    }
}

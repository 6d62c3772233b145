package org.sala.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** Row of {@code course_editor}; equal by account and course. */
@Entity
@Table(name = "course_editor")
@IdClass(CourseEditorEntity.Key.class)
@NamedQuery(name = CourseEditorEntity.FIND_ALL, query = "SELECT e FROM CourseEditorEntity e ORDER BY e.packId, e.username")
public class CourseEditorEntity {

    static final String FIND_ALL = "CourseEditorEntity.findAll";

    /** The primary key: account and course. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String username;
        private String packId;

        public Key() {
        }

        Key(String username, String packId) {
            this.username = username;
            this.packId = packId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && username.equals(key.username) && packId.equals(key.packId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, packId);
        }
    }

    @Id
    @Column(length = 50)
    private String username;

    @Id
    @Column(name = "pack_id", length = 100)
    private String packId;

    @Column(name = "granted_by", nullable = false, length = 50)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private OffsetDateTime grantedAt;

    protected CourseEditorEntity() {
    }

    CourseEditorEntity(CourseEditor editor) {
        this.username = editor.username();
        this.packId = editor.packId();
        this.grantedBy = editor.grantedBy();
        this.grantedAt = editor.grantedAt().atOffset(ZoneOffset.UTC);
    }

    CourseEditor toEditor() {
        return new CourseEditor(username, packId, grantedBy, grantedAt.toInstant());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CourseEditorEntity that && username.equals(that.username) && packId.equals(that.packId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, packId);
    }
}

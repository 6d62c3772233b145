-- A draft of a whole file of a pack (a quiz's settings, a lesson's text), as an editor left it, not yet
-- published; the revision works as for question drafts. base_version is the SHA-256 of the file as it was
-- served when the editor opened it, so publishing over a file that changed since is refused.
-- Portable SQL: H2 2.2 and PostgreSQL 15.

CREATE TABLE file_draft (
    pack_id       VARCHAR(100)             NOT NULL,
    path          VARCHAR(300)             NOT NULL,
    body          VARCHAR(1048576)         NOT NULL,
    base_version  VARCHAR(64)              NOT NULL,
    editor        VARCHAR(50)              NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revision      INTEGER                  NOT NULL,
    PRIMARY KEY (pack_id, path)
);

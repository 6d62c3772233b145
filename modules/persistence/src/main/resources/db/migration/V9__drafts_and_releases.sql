-- Authoring in the browser. A draft is one question as an editor left it, not yet published: its text in the
-- pack format, the bank it goes to, whether it is retired, and the version of the published question it
-- started from (none for a new question). Its revision grows with every save, so an editor whose copy is
-- older than the stored one is told instead of overwriting it.
-- A release is a published version of a pack: all its files as text, numbered per pack. Every node serves
-- the newest release of a pack over the files it was shipped with. Portable SQL: H2 2.2 and PostgreSQL 15.

CREATE TABLE question_draft (
    pack_id       VARCHAR(100)             NOT NULL,
    question_id   VARCHAR(100)             NOT NULL,
    bank_id       VARCHAR(100)             NOT NULL,
    body          VARCHAR(1000000)         NOT NULL,
    retired       BOOLEAN                  NOT NULL,
    base_version  VARCHAR(64),
    editor        VARCHAR(50)              NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revision      INTEGER                  NOT NULL,
    PRIMARY KEY (pack_id, question_id)
);

CREATE TABLE pack_release (
    pack_id       VARCHAR(100)             NOT NULL,
    number        INTEGER                  NOT NULL,
    version       VARCHAR(100)             NOT NULL,
    published_by  VARCHAR(50)              NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    summary       VARCHAR(1000)            NOT NULL,
    PRIMARY KEY (pack_id, number)
);

CREATE TABLE pack_release_file (
    pack_id  VARCHAR(100)     NOT NULL,
    number   INTEGER          NOT NULL,
    path     VARCHAR(300)     NOT NULL,
    body     VARCHAR(1048576) NOT NULL,
    PRIMARY KEY (pack_id, number, path),
    FOREIGN KEY (pack_id, number) REFERENCES pack_release (pack_id, number) ON DELETE CASCADE
);

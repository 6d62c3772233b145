-- The questions attempts were assembled from, kept by version: an attempt reads back, and is graded and
-- reviewed, with the very questions it started with, whatever happens to the pack later.
-- A version is the SHA-256 of the question's canonical text. Portable SQL: H2 2.2 and PostgreSQL 15.

CREATE TABLE question_version (
    version      VARCHAR(64)              NOT NULL PRIMARY KEY,
    pack_id      VARCHAR(100)             NOT NULL,
    question_id  VARCHAR(100)             NOT NULL,
    body         VARCHAR(1000000)         NOT NULL,
    first_used   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX question_version_by_question ON question_version (pack_id, question_id);

-- Null for attempts stored before versions were kept: they are assembled again from the pack and their seed.
ALTER TABLE attempt_response ADD COLUMN question_version VARCHAR(64);

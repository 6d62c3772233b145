-- Who may edit which course (granted by an administrator), and a record of every change to people's rights:
-- who did what, to whom, when. Portable SQL: H2 2.2 and PostgreSQL 15.

CREATE TABLE course_editor (
    username    VARCHAR(50)              NOT NULL REFERENCES account (username) ON DELETE CASCADE,
    pack_id     VARCHAR(100)             NOT NULL,
    granted_by  VARCHAR(50)              NOT NULL,
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, pack_id)
);

CREATE TABLE audit_event (
    id        VARCHAR(36)              NOT NULL PRIMARY KEY,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor     VARCHAR(50)              NOT NULL,
    action    VARCHAR(50)              NOT NULL,
    subject   VARCHAR(100)             NOT NULL,
    pack_id   VARCHAR(100),
    detail    VARCHAR(1000)            NOT NULL
);

CREATE INDEX audit_event_by_time ON audit_event (at);

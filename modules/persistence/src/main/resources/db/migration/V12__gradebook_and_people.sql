-- Per-learner exceptions to a quiz's rules (more time, another closing date, more attempts), accounts that an
-- administrator disabled or gave a temporary password, and indexes for the course gradebook, which reads a
-- whole course at once. Portable SQL: H2 2.2 and PostgreSQL 15.

CREATE TABLE accommodation (
    id              VARCHAR(36)              NOT NULL PRIMARY KEY,
    learner         VARCHAR(50)              NOT NULL REFERENCES account (username) ON DELETE CASCADE,
    pack_id         VARCHAR(100)             NOT NULL,
    quiz_id         VARCHAR(100)             NOT NULL,
    time_factor     DECIMAL(6, 3)            NOT NULL,
    extra_seconds   BIGINT                   NOT NULL,
    closes_at       TIMESTAMP WITH TIME ZONE,
    extra_attempts  INTEGER                  NOT NULL,
    set_by          VARCHAR(50)              NOT NULL,
    set_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    lock_version    BIGINT                   NOT NULL,
    CONSTRAINT accommodation_once UNIQUE (learner, pack_id, quiz_id)
);
CREATE INDEX accommodation_by_quiz ON accommodation (pack_id, quiz_id);

ALTER TABLE account ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

CREATE INDEX enrolment_by_pack ON enrolment (pack_id);
CREATE INDEX lesson_progress_by_pack ON lesson_progress (pack_id);
CREATE INDEX audit_event_by_subject ON audit_event (subject);

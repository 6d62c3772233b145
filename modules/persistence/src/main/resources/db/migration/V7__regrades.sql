-- What a regrade changed: per attempt and question, when, by whom, and the marks before and after, so a
-- learner and an instructor can see that (and how) a grade was corrected. Portable SQL: H2 2.2 and PostgreSQL 15.

CREATE TABLE attempt_regrade (
    id            VARCHAR(36)              NOT NULL PRIMARY KEY,
    attempt_id    VARCHAR(36)              NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,
    regraded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    regraded_by   VARCHAR(100)             NOT NULL,
    question_id   VARCHAR(100)             NOT NULL,
    old_earned    DECIMAL(19, 7)           NOT NULL,
    new_earned    DECIMAL(19, 7)           NOT NULL,
    possible      DECIMAL(19, 7)           NOT NULL,
    old_possible  DECIMAL(19, 7)           NOT NULL
);

CREATE INDEX attempt_regrade_by_attempt ON attempt_regrade (attempt_id);

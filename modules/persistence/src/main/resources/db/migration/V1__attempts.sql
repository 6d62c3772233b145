-- Graded quiz attempts and their responses, one row per question.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15.

CREATE TABLE attempt (
    id            VARCHAR(36)              NOT NULL PRIMARY KEY,
    learner       VARCHAR(100),
    pack_id       VARCHAR(100)             NOT NULL,
    pack_version  VARCHAR(50)              NOT NULL,
    quiz_id       VARCHAR(100)             NOT NULL,
    submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    earned        DECIMAL(12, 4)           NOT NULL,
    possible      DECIMAL(12, 4)           NOT NULL,
    lock_version  BIGINT                   NOT NULL,
    CONSTRAINT attempt_score_in_bounds CHECK (earned >= 0 AND earned <= possible)
);

CREATE INDEX attempt_by_quiz ON attempt (pack_id, quiz_id);

CREATE TABLE attempt_response (
    id             VARCHAR(36)    NOT NULL PRIMARY KEY,
    attempt_id     VARCHAR(36)    NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,
    question_order INTEGER        NOT NULL,
    question_id    VARCHAR(100)   NOT NULL,
    choice_id      VARCHAR(100),
    earned         DECIMAL(12, 4) NOT NULL,
    possible       DECIMAL(12, 4) NOT NULL,
    correctness    VARCHAR(20)    NOT NULL,
    CONSTRAINT attempt_response_once UNIQUE (attempt_id, question_id),
    CONSTRAINT attempt_response_in_bounds CHECK (earned >= 0 AND earned <= possible)
);

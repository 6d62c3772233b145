-- What a learner does around the quizzes: the courses they study (and the lesson they were last on), the
-- lessons they marked as studied, every spaced-review answer, and the questions they flagged in an attempt.
-- Portable SQL: H2 2.2 and PostgreSQL 15.

CREATE TABLE enrolment (
    id              VARCHAR(36)              NOT NULL PRIMARY KEY,
    learner         VARCHAR(50)              NOT NULL,
    pack_id         VARCHAR(100)             NOT NULL,
    enrolled_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_lesson_id  VARCHAR(100),
    last_visited_at TIMESTAMP WITH TIME ZONE,
    lock_version    BIGINT                   NOT NULL,
    CONSTRAINT enrolment_once UNIQUE (learner, pack_id)
);

CREATE TABLE lesson_progress (
    id          VARCHAR(36)              NOT NULL PRIMARY KEY,
    learner     VARCHAR(50)              NOT NULL,
    pack_id     VARCHAR(100)             NOT NULL,
    lesson_id   VARCHAR(100)             NOT NULL,
    studied_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT lesson_studied_once UNIQUE (learner, pack_id, lesson_id)
);

CREATE TABLE review_event (
    id           VARCHAR(36)              NOT NULL PRIMARY KEY,
    learner      VARCHAR(50)              NOT NULL,
    pack_id      VARCHAR(100)             NOT NULL,
    question_id  VARCHAR(100)             NOT NULL,
    reviewed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    rating       VARCHAR(10)              NOT NULL
);
CREATE INDEX review_event_by_learner ON review_event (learner, pack_id, reviewed_at);

CREATE TABLE attempt_flag (
    attempt_id   VARCHAR(36)  NOT NULL,
    question_id  VARCHAR(100) NOT NULL,
    PRIMARY KEY (attempt_id, question_id),
    CONSTRAINT attempt_flag_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id) ON DELETE CASCADE
);

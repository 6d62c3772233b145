-- Learners', instructors' and administrators' accounts. Passwords are stored only as PBKDF2 hashes.
-- Portable SQL: H2 2.2 and PostgreSQL 15.

CREATE TABLE account (
    username       VARCHAR(50)              NOT NULL PRIMARY KEY,
    display_name   VARCHAR(100)             NOT NULL,
    password_hash  VARCHAR(500)             NOT NULL,
    roles          VARCHAR(100)             NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    lock_version   BIGINT                   NOT NULL
);

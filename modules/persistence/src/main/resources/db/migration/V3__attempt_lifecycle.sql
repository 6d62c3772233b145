-- Attempts are stored from the moment they start, not only once graded: the state of every question
-- (the last saved response with its sequence number, certainty, interactive tries) is kept as it changes,
-- so an answer the learner was told is saved survives a crash. Portable SQL: H2 2.2 and PostgreSQL 15.

ALTER TABLE attempt ADD COLUMN attempt_number INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE attempt ADD COLUMN seed BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE attempt ADD COLUMN state VARCHAR(20) DEFAULT 'SUBMITTED' NOT NULL;
ALTER TABLE attempt ADD COLUMN started_at TIMESTAMP WITH TIME ZONE;
UPDATE attempt SET started_at = submitted_at;
ALTER TABLE attempt ALTER COLUMN started_at SET NOT NULL;
ALTER TABLE attempt ADD COLUMN finished_by VARCHAR(20);
UPDATE attempt SET finished_by = 'LEARNER';
ALTER TABLE attempt ADD COLUMN certainty_marks DECIMAL(19, 7);
ALTER TABLE attempt ALTER COLUMN submitted_at DROP NOT NULL;
ALTER TABLE attempt ALTER COLUMN earned DROP NOT NULL;
ALTER TABLE attempt ALTER COLUMN possible DROP NOT NULL;
CREATE INDEX attempt_by_learner ON attempt (learner, pack_id, quiz_id);
CREATE INDEX attempt_by_state ON attempt (state);

ALTER TABLE attempt_response ADD COLUMN save_sequence BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE attempt_response ADD COLUMN saved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE attempt_response ADD COLUMN certainty VARCHAR(10);
ALTER TABLE attempt_response ADD COLUMN tries INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE attempt_response ADD COLUMN finished BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE attempt_response ADD COLUMN checked_response VARCHAR(4000);
ALTER TABLE attempt_response ADD COLUMN checked_earned DECIMAL(19, 7);
ALTER TABLE attempt_response ADD COLUMN checked_possible DECIMAL(19, 7);
ALTER TABLE attempt_response ADD COLUMN checked_correctness VARCHAR(20);
ALTER TABLE attempt_response ADD COLUMN checked_feedback VARCHAR(4000);
ALTER TABLE attempt_response ALTER COLUMN earned DROP NOT NULL;
ALTER TABLE attempt_response ALTER COLUMN possible DROP NOT NULL;
ALTER TABLE attempt_response ALTER COLUMN correctness DROP NOT NULL;
ALTER TABLE attempt_response ADD COLUMN feedback VARCHAR(4000);

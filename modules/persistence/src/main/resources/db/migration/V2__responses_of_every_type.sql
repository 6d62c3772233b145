-- Every question type's response, not only a chosen option; marks with 7 decimal places;
-- scores below zero where a quiz uses negative marking.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15.

ALTER TABLE attempt_response ADD COLUMN response VARCHAR(4000);
UPDATE attempt_response SET response = 'choice:' || choice_id WHERE choice_id IS NOT NULL;
ALTER TABLE attempt_response DROP COLUMN choice_id;

ALTER TABLE attempt DROP CONSTRAINT attempt_score_in_bounds;
ALTER TABLE attempt ALTER COLUMN earned SET DATA TYPE DECIMAL(19, 7);
ALTER TABLE attempt ALTER COLUMN possible SET DATA TYPE DECIMAL(19, 7);
ALTER TABLE attempt ADD CONSTRAINT attempt_score_in_bounds CHECK (earned >= -possible AND earned <= possible);

ALTER TABLE attempt_response DROP CONSTRAINT attempt_response_in_bounds;
ALTER TABLE attempt_response ALTER COLUMN earned SET DATA TYPE DECIMAL(19, 7);
ALTER TABLE attempt_response ALTER COLUMN possible SET DATA TYPE DECIMAL(19, 7);
ALTER TABLE attempt_response ADD CONSTRAINT attempt_response_in_bounds CHECK (earned >= -possible AND earned <= possible);

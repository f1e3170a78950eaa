--liquibase formatted sql

--changeset fidelis:005-program-audit
-- Merchants manage their programs through the admin API: who changed a program last, and when.
ALTER TABLE program ADD COLUMN updated_at TIMESTAMPTZ;
ALTER TABLE program ADD COLUMN updated_by VARCHAR(200);
ALTER TABLE program ADD CONSTRAINT program_status_check CHECK (status IN ('ACTIVE', 'SUSPENDED', 'ARCHIVED'));

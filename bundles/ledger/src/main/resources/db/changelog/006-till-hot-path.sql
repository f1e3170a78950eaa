--liquibase formatted sql

--changeset fidelis:006-till-transaction-tenant-fk
-- Every sale inserted a till_transaction row whose foreign key to tenant took a FOR KEY SHARE lock on the
-- one tenant row: all the tills of a merchant queued on that row (through MultiXacts) at every commit. The
-- key is redundant: (tenant_id, member_id) references member, and member references tenant.
ALTER TABLE till_transaction DROP CONSTRAINT IF EXISTS till_transaction_tenant_id_fkey;

--liquibase formatted sql

-- Isolation enforced twice: EclipseLink filters every query by tenant, and PostgreSQL row-level
-- security applies the same rule to the application role, which does not own the tables. Each
-- transaction names its tenant with set_config('fidelis.tenant', <id>, true); without it no row is seen.

--changeset fidelis:002-application-role splitStatements:false
-- Deployments may create fidelis_app themselves (with a password); this only fills the gap.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fidelis_app') THEN
        CREATE ROLE fidelis_app LOGIN;
    END IF;
END $$;

--changeset fidelis:002-application-grants
GRANT USAGE ON SCHEMA public TO fidelis_app;
GRANT SELECT, INSERT, UPDATE ON tenant, store, staff, program, member, card, account, till_transaction, transaction_line TO fidelis_app;
-- the ledger is append-only for the application
GRANT SELECT, INSERT ON ledger_entry TO fidelis_app;

--changeset fidelis:002-row-level-security
ALTER TABLE tenant ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_tenant_isolation ON tenant
    USING (tenant_id = current_setting('fidelis.tenant', true))
    WITH CHECK (tenant_id = current_setting('fidelis.tenant', true));
ALTER TABLE store ENABLE ROW LEVEL SECURITY;
CREATE POLICY store_tenant_isolation ON store
    USING (tenant_id = current_setting('fidelis.tenant', true))
    WITH CHECK (tenant_id = current_setting('fidelis.tenant', true));
ALTER TABLE staff ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_tenant_isolation ON staff
    USING (tenant_id = current_setting('fidelis.tenant', true))
    WITH CHECK (tenant_id = current_setting('fidelis.tenant', true));
ALTER TABLE program ENABLE ROW LEVEL SECURITY;
CREATE POLICY program_tenant_isolation ON program
    USING (tenant_id = current_setting('fidelis.tenant', true))
    WITH CHECK (tenant_id = current_setting('fidelis.tenant', true));
ALTER TABLE member ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_tenant_isolation ON member
    USING (tenant_id = current_setting('fidelis.tenant', true))
    WITH CHECK (tenant_id = current_setting('fidelis.tenant', true));
ALTER TABLE card ENABLE ROW LEVEL SECURITY;
CREATE POLICY card_tenant_isolation ON card
    USING (tenant_id = current_setting('fidelis.tenant', true))
    WITH CHECK (tenant_id = current_setting('fidelis.tenant', true));
ALTER TABLE account ENABLE ROW LEVEL SECURITY;
CREATE POLICY account_tenant_isolation ON account
    USING (tenant_id = current_setting('fidelis.tenant', true))
    WITH CHECK (tenant_id = current_setting('fidelis.tenant', true));
ALTER TABLE till_transaction ENABLE ROW LEVEL SECURITY;
CREATE POLICY till_transaction_tenant_isolation ON till_transaction
    USING (tenant_id = current_setting('fidelis.tenant', true))
    WITH CHECK (tenant_id = current_setting('fidelis.tenant', true));
ALTER TABLE transaction_line ENABLE ROW LEVEL SECURITY;
CREATE POLICY transaction_line_tenant_isolation ON transaction_line
    USING (tenant_id = current_setting('fidelis.tenant', true))
    WITH CHECK (tenant_id = current_setting('fidelis.tenant', true));
ALTER TABLE ledger_entry ENABLE ROW LEVEL SECURITY;
CREATE POLICY ledger_entry_tenant_isolation ON ledger_entry
    USING (tenant_id = current_setting('fidelis.tenant', true))
    WITH CHECK (tenant_id = current_setting('fidelis.tenant', true));

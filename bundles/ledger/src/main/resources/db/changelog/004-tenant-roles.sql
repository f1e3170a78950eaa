--liquibase formatted sql

-- Issue 6: the roles a person holds in each tenant are kept by Fidelis (Keycloak's realm roles are
-- realm-wide), the support directory of tenants, and deleting a tenant for good.

--changeset fidelis:004-tenant-role
CREATE TABLE tenant_role (
    tenant_id  VARCHAR(64)  NOT NULL REFERENCES tenant (tenant_id),
    username   VARCHAR(255) NOT NULL,
    role       VARCHAR(32)  NOT NULL CHECK (role IN ('merchant-admin', 'merchant-staff', 'partner')),
    granted_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, username, role)
);
GRANT SELECT, INSERT, DELETE ON tenant_role TO fidelis_app;
ALTER TABLE tenant_role ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_role_tenant_isolation ON tenant_role
    USING (tenant_id = current_setting('fidelis.tenant', true))
    WITH CHECK (tenant_id = current_setting('fidelis.tenant', true));

--changeset fidelis:004-tenant-directory splitStatements:false
-- Support lists every tenant; row-level security shows the application role one tenant at a time,
-- so the list is a function that runs as the owner and answers the tenant rows only.
CREATE FUNCTION fidelis_tenant_directory()
    RETURNS TABLE (tenant_id VARCHAR, name VARCHAR, currency CHAR(3), timezone VARCHAR,
                   day_cutoff_hour SMALLINT, status VARCHAR, created_at TIMESTAMPTZ)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT tenant_id, name, currency, timezone, day_cutoff_hour, status, created_at FROM tenant ORDER BY tenant_id
$$;
REVOKE ALL ON FUNCTION fidelis_tenant_directory() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fidelis_tenant_directory() TO fidelis_app;

--changeset fidelis:004-ledger-purge-allowed splitStatements:false
-- The ledger stays append-only, except while fidelis_purge_tenant deletes one whole tenant.
CREATE OR REPLACE FUNCTION refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD.tenant_id = current_setting('fidelis.purging', true) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'ledger_entry is append-only';
END $$;

--changeset fidelis:004-purge-tenant splitStatements:false
-- Deletes every row of the tenant the transaction names (fidelis.tenant), in every table that has a
-- tenant_id (also tables later migrations add), and nothing else. Tables are emptied in passes: one
-- that still has rows referenced by another waits for the next pass. The application role has no
-- DELETE on the ledger, so this runs as the owner.
CREATE FUNCTION fidelis_purge_tenant(target VARCHAR) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    removed BIGINT := 0;
    n BIGINT;
    pending TEXT[];
    still TEXT[];
    t TEXT;
BEGIN
    IF target IS NULL OR target <> current_setting('fidelis.tenant', true) THEN
        RAISE EXCEPTION 'fidelis_purge_tenant: the transaction must name tenant %', target;
    END IF;
    PERFORM set_config('fidelis.purging', target, true);
    SET CONSTRAINTS ALL IMMEDIATE;
    SELECT array_agg(c.table_name::TEXT ORDER BY c.table_name) INTO pending
      FROM information_schema.columns c JOIN information_schema.tables tb
        ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
     WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id';
    WHILE array_length(pending, 1) > 0 LOOP
        still := ARRAY[]::TEXT[];
        FOREACH t IN ARRAY pending LOOP
            BEGIN
                EXECUTE format('DELETE FROM %I WHERE tenant_id = $1', t) USING target;
                GET DIAGNOSTICS n = ROW_COUNT;
                removed := removed + n;
            EXCEPTION WHEN foreign_key_violation THEN
                still := still || t;
            END;
        END LOOP;
        IF array_length(still, 1) = array_length(pending, 1) THEN
            RAISE EXCEPTION 'fidelis_purge_tenant: cannot empty % for tenant %', still, target;
        END IF;
        pending := still;
    END LOOP;
    PERFORM set_config('fidelis.purging', '', true);
    RETURN removed;
END $$;
REVOKE ALL ON FUNCTION fidelis_purge_tenant(VARCHAR) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fidelis_purge_tenant(VARCHAR) TO fidelis_app;

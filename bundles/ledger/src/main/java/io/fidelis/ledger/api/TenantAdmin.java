package io.fidelis.ledger.api;

/** Creates and updates tenants (support only). */
public interface TenantAdmin {

    TenantView upsert(String tenantId, TenantSpec spec);
}

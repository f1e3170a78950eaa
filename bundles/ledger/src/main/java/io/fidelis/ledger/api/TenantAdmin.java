package io.fidelis.ledger.api;

import java.io.OutputStream;
import java.util.List;

/** Creates, lists, suspends, exports and deletes tenants (support; exports also the tenant's merchant-admin). */
public interface TenantAdmin {

    TenantView upsert(String tenantId, TenantSpec spec);

    /** Every tenant, for support. */
    List<TenantView> list();

    TenantView setStatus(String tenantId, TenantStatus status);

    /** Writes a zip with one JSON and one CSV file per table holding the tenant's rows. */
    void export(String tenantId, OutputStream zip);

    /** Deletes every row of the tenant, ledger included; answers how many rows went. */
    long purge(String tenantId);
}

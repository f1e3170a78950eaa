package io.fidelis.ledger.api;

import java.util.Optional;

/** Read models for the console and the admin API; always scoped to one tenant. */
public interface AdminQueries {

    Optional<TenantView> tenant(String tenantId);

    Page<MemberView> members(String tenantId, String query, int offset, int limit);

    Page<TransactionView> transactions(String tenantId, TransactionFilter filter, int offset, int limit);
}

package io.fidelis.ledger.api;

import java.util.Optional;

/** What tills do. Every write is idempotent by (tenant, till, idempotency key). */
public interface TillService {

    TillAnswer sale(TillIdentity till, String idempotencyKey, SaleRequest request);

    Optional<CardView> card(String tenantId, String cardCode);
}

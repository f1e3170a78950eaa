package io.fidelis.ledger.api;

import java.util.Optional;

/** What tills do. Every write is idempotent by (tenant, till, idempotency key): a retry returns the first answer. */
public interface TillService {

    TillAnswer sale(TillIdentity till, String idempotencyKey, SaleRequest request);

    TillAnswer topUp(TillIdentity till, String idempotencyKey, TopUpRequest request);

    TillAnswer checkIn(TillIdentity till, String idempotencyKey, CheckInRequest request);

    TillAnswer redeem(TillIdentity till, String idempotencyKey, RedeemRequest request);

    TillAnswer refund(TillIdentity till, String idempotencyKey, RefundRequest request);

    TillAnswer voidTransaction(TillIdentity till, String idempotencyKey, VoidRequest request);

    TillAnswer openTab(TillIdentity till, String idempotencyKey, TabOpenRequest request);

    TillAnswer settleTab(TillIdentity till, String idempotencyKey, TabSettleRequest request);

    Optional<CardView> card(TillIdentity till, String cardCode);
}

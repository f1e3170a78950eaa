package io.fidelis.ledger.api;

import java.time.Instant;
import java.util.List;

public record SaleReceipt(String transactionId, Instant occurredAt, String cardCode, String memberId,
                          boolean memberCreated, long totalMinor, String currency, long pointsEarned,
                          List<Balance> balances, Messages messages) {
}

package io.fidelis.ledger.api;

import java.time.Instant;
import java.util.List;

/**
 * The answer to every till call that books something. {@code dueMinor} is what the till still collects in money
 * after discounts and loyalty payments; {@code discountMinor} is money off given by programs or a used voucher.
 */
public record TillReceipt(String transactionId, String kind, Instant occurredAt, String cardCode, String memberId,
                          boolean memberCreated, long totalMinor, long discountMinor, long dueMinor, String currency,
                          long pointsEarned, List<Movement> movements, List<Balance> balances,
                          List<RewardView> rewards, String originalTransactionId, Messages messages) {
}

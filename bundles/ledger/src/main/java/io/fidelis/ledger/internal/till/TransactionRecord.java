package io.fidelis.ledger.internal.till;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The row of a till call, its lines, ledger entries and granted rewards: written together in one statement. */
final class TransactionRecord {

    record Line(int lineNo, String sku, String category, int quantity, long unitPriceMinor, Integer originalLineNo) {
    }

    record Reward(String rewardId, String programId, String rewardCode, String title, long valueMinor, Instant validUntil,
                  boolean usedNow) {
    }

    final String transactionId;
    final String kind;
    final Instant occurredAt;
    final LocalDate businessDay;
    String storeCode;
    String staffCode;
    String cardCode;
    String memberId;
    String currency;
    long totalMinor;
    long discountMinor;
    String paymentsJson;
    String reference;
    String originalTransactionId;
    String responseJson;
    final List<Line> lines = new ArrayList<>();
    final List<LedgerEntry> entries = new ArrayList<>();
    final List<Reward> rewards = new ArrayList<>();

    TransactionRecord(String transactionId, String kind, Instant occurredAt, LocalDate businessDay) {
        this.transactionId = transactionId;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.businessDay = businessDay;
    }
}

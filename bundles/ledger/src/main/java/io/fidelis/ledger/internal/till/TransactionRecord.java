package io.fidelis.ledger.internal.till;

import io.fidelis.ledger.internal.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The row of a till call with its lines, its ledger entries and granted rewards: written together in one statement. */
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

    /** The lines as stored in the transaction row: {@code [{"no":1,"sku":…,"category":…,"quantity":…,"unitPriceMinor":…}]},
     * with {@code "originalNo"} on a refund's line, naming the line of the sale it gives back. */
    String linesJson() {
        List<Map<String, Object>> stored = new ArrayList<>(lines.size());
        for (Line line : lines) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("no", line.lineNo());
            json.put("sku", line.sku());
            json.put("category", line.category());
            json.put("quantity", line.quantity());
            json.put("unitPriceMinor", line.unitPriceMinor());
            if (line.originalLineNo() != null) {
                json.put("originalNo", line.originalLineNo());
            }
            stored.add(json);
        }
        return Json.write(stored);
    }

    TransactionRecord(String transactionId, String kind, Instant occurredAt, LocalDate businessDay) {
        this.transactionId = transactionId;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.businessDay = businessDay;
    }
}

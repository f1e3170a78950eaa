package io.fidelis.console.api;

import java.util.List;

/** One entry of the transaction log ({@code GET /admin/v1/transactions}). */
public record Transaction(String transactionId, String occurredAt, String kind, String storeCode,
                          String tillCode, String staffCode, String cardCode, String memberId,
                          String memberName, long totalMinor, String currency,
                          List<TransactionLine> lines, List<LedgerEntry> entries) {

    public Transaction {
        lines = lines == null ? List.of() : List.copyOf(lines);
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}

package io.fidelis.ledger.api;

import java.time.Instant;
import java.util.List;

public record TransactionView(String transactionId, Instant occurredAt, String kind, String storeCode, String tillCode,
                              String staffCode, String cardCode, String memberId, String memberName, long totalMinor,
                              String currency, List<LineView> lines, List<EntryView> entries) {
}

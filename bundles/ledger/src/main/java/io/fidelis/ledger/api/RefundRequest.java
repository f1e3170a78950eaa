package io.fidelis.ledger.api;

import java.util.List;

/** Gives back a sale, whole (no lines) or by lines, as compensating entries: earned points taken back, payments returned. */
public record RefundRequest(String storeCode, String staffCode, String transactionId, List<RefundLine> lines) {
}

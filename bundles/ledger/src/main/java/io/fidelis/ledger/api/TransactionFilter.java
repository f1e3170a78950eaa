package io.fidelis.ledger.api;

import java.time.Instant;

/** Optional filters of the transaction log; null means "any". */
public record TransactionFilter(Instant from, Instant to, String tillCode, String staffCode, String cardCode) {

    public static TransactionFilter any() {
        return new TransactionFilter(null, null, null, null, null);
    }
}

package io.fidelis.ledger.api;

import java.time.Instant;

/**
 * Optional filters of the transaction log; null means "any". {@code kind} is SALE, TOPUP, REFUND, …; {@code asset}
 * keeps transactions that moved that asset (e.g. COMP: every staff comp).
 */
public record TransactionFilter(Instant from, Instant to, String tillCode, String staffCode, String cardCode, String kind,
                                String asset) {

    public TransactionFilter(Instant from, Instant to, String tillCode, String staffCode, String cardCode) {
        this(from, to, tillCode, staffCode, cardCode, null, null);
    }

    public static TransactionFilter any() {
        return new TransactionFilter(null, null, null, null, null);
    }
}

package io.fidelis.ledger.api;

import java.time.Instant;

/** An account's balance, the lowest balance its rules allow (below 0 for an open tab) and its validity. */
public record Balance(String asset, long balance, long floor, Instant validUntil) {

    public Balance(String asset, long balance) {
        this(asset, balance, 0, null);
    }
}

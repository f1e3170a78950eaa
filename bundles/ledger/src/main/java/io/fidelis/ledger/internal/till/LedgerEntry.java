package io.fidelis.ledger.internal.till;

import java.time.Instant;

/** A ledger entry waiting to be written with its transaction. */
record LedgerEntry(String accountId, String asset, long amount, String kind, String programId, String reason, Instant expiresAt) {
}

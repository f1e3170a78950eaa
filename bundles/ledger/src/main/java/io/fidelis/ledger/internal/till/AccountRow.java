package io.fidelis.ledger.internal.till;

import io.fidelis.api.program.AccountState;
import java.time.Instant;
import java.time.LocalDate;

/** An account row as read at the start of a till call. */
record AccountRow(String accountId, String asset, long balance, long floor, LocalDate renewedOn, Instant validUntil) {

    boolean expiredAt(Instant now) {
        return validUntil != null && !validUntil.isAfter(now);
    }

    /** What programs see: an expired account is already empty. */
    AccountState stateAt(Instant now) {
        return new AccountState(expiredAt(now) ? Math.min(0, balance) : balance, floor, renewedOn, validUntil);
    }
}

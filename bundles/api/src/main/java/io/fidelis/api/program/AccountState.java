package io.fidelis.api.program;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One of the member's accounts as a program sees it: its balance, the lowest balance its rules allow,
 * the business day of its last renewal (null if never renewed) and the end of its validity (null if open-ended).
 */
public record AccountState(long balance, long floor, LocalDate renewedOn, Instant validUntil) {

    public static AccountState ofBalance(long balance) {
        return new AccountState(balance, 0, null, null);
    }
}

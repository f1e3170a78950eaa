package io.fidelis.programs.support;

import io.fidelis.api.program.AccountState;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Monthly periods kept in an account: a program renews the account at the first event of a month, so
 * the account's {@link AccountState#renewedOn()} tells which month its balance belongs to.
 */
public final class Periods {

    private Periods() {
    }

    /** True when the account was never renewed or was last renewed in an earlier month than {@code day}. */
    public static boolean isNewMonth(Optional<AccountState> account, LocalDate day) {
        LocalDate renewedOn = account.map(AccountState::renewedOn).orElse(null);
        return renewedOn == null || YearMonth.from(renewedOn).isBefore(YearMonth.from(day));
    }

    /** The account's balance if it belongs to the month before {@code day}'s, else 0 (no activity then). */
    public static long previousMonthBalance(Optional<AccountState> account, LocalDate day) {
        return account.filter(a -> a.renewedOn() != null
                        && YearMonth.from(a.renewedOn()).equals(YearMonth.from(day).minusMonths(1)))
                .map(AccountState::balance).orElse(0L);
    }
}

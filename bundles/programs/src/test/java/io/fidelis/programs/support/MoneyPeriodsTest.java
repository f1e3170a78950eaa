package io.fidelis.programs.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.fidelis.api.program.AccountState;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.Test;

public class MoneyPeriodsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    public void moneyUsesTheCurrencyDigits() {
        assertEquals("3.40 EUR", Money.format(340, "EUR"));
        assertEquals("340 JPY", Money.format(340, "JPY"));
        assertEquals("0.05", Money.format(5, null));
    }

    @Test
    public void aNeverRenewedAccountStartsANewMonth() {
        assertTrue(Periods.isNewMonth(Optional.empty(), DAY));
        assertTrue(Periods.isNewMonth(Optional.of(AccountState.ofBalance(5)), DAY));
    }

    @Test
    public void monthsCompareByCalendarMonth() {
        assertFalse(Periods.isNewMonth(Optional.of(new AccountState(5, 0, DAY.withDayOfMonth(1), null)), DAY));
        assertTrue(Periods.isNewMonth(Optional.of(new AccountState(5, 0, LocalDate.of(2026, 10, 31), null)), DAY));
        assertTrue(Periods.isNewMonth(Optional.of(new AccountState(5, 0, LocalDate.of(2025, 11, 30), null)), DAY));
    }

    @Test
    public void previousMonthBalanceOnlyForTheMonthJustBefore() {
        assertEquals(700, Periods.previousMonthBalance(Optional.of(new AccountState(700, 0, LocalDate.of(2026, 10, 2), null)), DAY));
        assertEquals(0, Periods.previousMonthBalance(Optional.of(new AccountState(700, 0, LocalDate.of(2026, 9, 2), null)), DAY));
        assertEquals(0, Periods.previousMonthBalance(Optional.empty(), DAY));
    }
}

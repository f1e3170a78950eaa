package io.fidelis.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.fidelis.console.api.Balance;
import io.fidelis.console.api.LedgerEntry;

class BalancesTest {

    private final List<Balance> balances = List.of(new Balance("POINTS", new BigDecimal("1200")),
            new Balance("STAMPS_COFFEE", new BigDecimal("3")), new Balance("WALLET", new BigDecimal("2.5")));

    @Test
    void separatesPointsFromOtherAssets() {
        assertThat(Balances.points(balances)).isEqualByComparingTo("1200");
        assertThat(Balances.others(balances, Locale.US)).isEqualTo("Stamps coffee 3 · Wallet 2.5");
        assertThat(Balances.points(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void sumsThePointsChangeOfATransaction() {
        assertThat(Balances.pointsChange(List.of(new LedgerEntry("POINTS", new BigDecimal("15")),
                new LedgerEntry("POINTS", new BigDecimal("-5")), new LedgerEntry("STAMPS", BigDecimal.ONE))))
                .isEqualByComparingTo("10");
    }
}

package io.fidelis.console.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.fidelis.console.api.Balance;
import io.fidelis.console.api.LedgerEntry;
import io.fidelis.console.format.AmountFormat;

/** The POINTS asset shown in its own column, the other assets summarised beside it. */
final class Balances {

    static final String POINTS = "POINTS";

    private Balances() {
    }

    static BigDecimal points(List<Balance> balances) {
        return balances.stream()
                .filter(b -> POINTS.equalsIgnoreCase(b.asset()) && b.balance() != null)
                .map(Balance::balance)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String others(List<Balance> balances, Locale locale) {
        return balances.stream()
                .filter(b -> !POINTS.equalsIgnoreCase(b.asset()))
                .map(b -> label(b.asset()) + " " + AmountFormat.format(b.balance(), locale))
                .collect(Collectors.joining(" · "));
    }

    static BigDecimal pointsChange(List<LedgerEntry> entries) {
        return entries.stream()
                .filter(e -> POINTS.equalsIgnoreCase(e.asset()) && e.amount() != null)
                .map(LedgerEntry::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** "STAMPS_COFFEE" reads "Stamps coffee". */
    static String label(String asset) {
        if (asset == null || asset.isBlank()) {
            return "";
        }
        String words = asset.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

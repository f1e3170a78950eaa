package io.fidelis.console.ui;

import java.util.Locale;
import java.util.stream.Collectors;

import io.fidelis.console.api.Transaction;
import io.fidelis.console.format.AmountFormat;

/** The lines of a transaction as one short text: "LATTE × 2, CROISSANT × 1". */
final class TransactionItems {

    private TransactionItems() {
    }

    static String summary(Transaction transaction, Locale locale) {
        return transaction.lines().stream()
                .map(line -> line.sku() + " \u00d7 " + AmountFormat.format(line.quantity(), locale))
                .collect(Collectors.joining(", "));
    }
}

package io.fidelis.console.format;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Formats amounts the API sends in minor units (cents) with their ISO 4217 currency. */
public final class MoneyFormat {

    private MoneyFormat() {
    }

    public static String format(long minorUnits, String currencyCode, Locale locale) {
        Currency currency = currencyOf(currencyCode);
        if (currency == null) {
            // unknown code: assume two decimals, show the code as given
            BigDecimal amount = BigDecimal.valueOf(minorUnits, 2);
            String number = NumberFormat.getNumberInstance(locale).format(amount);
            return currencyCode == null || currencyCode.isBlank() ? number : number + " " + currencyCode;
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(minorUnits, digits));
    }

    private static Currency currencyOf(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}

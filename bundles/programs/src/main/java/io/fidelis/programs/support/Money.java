package io.fidelis.programs.support;

import java.math.BigDecimal;
import java.util.Currency;

/** Money amounts for till and receipt messages, e.g. {@code 3.40 EUR}. */
public final class Money {

    private Money() {
    }

    public static String format(long minor, String currency) {
        int digits = fractionDigits(currency);
        String amount = BigDecimal.valueOf(minor, digits).toPlainString();
        return currency == null ? amount : amount + " " + currency;
    }

    private static int fractionDigits(String currency) {
        if (currency == null) {
            return 2;
        }
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }
}

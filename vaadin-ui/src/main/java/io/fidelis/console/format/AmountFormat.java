package io.fidelis.console.format;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Formats point balances and quantities: grouped digits, no needless trailing zeros. */
public final class AmountFormat {

    private AmountFormat() {
    }

    public static String format(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(amount.stripTrailingZeros().scale(), 0));
        return format.format(amount);
    }

    /** Like {@link #format} with an explicit sign, for changes: "+120", "−50". */
    public static String formatChange(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        String magnitude = format(amount.abs(), locale);
        return switch (amount.signum()) {
            case 1 -> "+" + magnitude;
            case -1 -> "\u2212" + magnitude;
            default -> magnitude;
        };
    }
}

package io.fidelis.console.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    @Test
    void formatsCentsWithTheCurrencySymbol() {
        assertThat(MoneyFormat.format(1250, "EUR", Locale.US)).isEqualTo("€12.50");
        assertThat(MoneyFormat.format(123456789, "USD", Locale.US)).isEqualTo("$1,234,567.89");
    }

    @Test
    void followsTheLocale() {
        assertThat(spaces(MoneyFormat.format(1250, "EUR", Locale.GERMANY))).isEqualTo("12,50 €");
    }

    @Test
    void knowsCurrenciesWithoutMinorUnits() {
        assertThat(MoneyFormat.format(1234, "JPY", Locale.US)).isEqualTo("¥1,234");
    }

    @Test
    void handlesNegativeAmounts() {
        assertThat(MoneyFormat.format(-5, "EUR", Locale.US)).isEqualTo("-€0.05");
    }

    @Test
    void fallsBackToTheCodeForUnknownCurrencies() {
        assertThat(MoneyFormat.format(1250, "ABC", Locale.US)).isEqualTo("12.5 ABC");
        assertThat(MoneyFormat.format(1250, null, Locale.US)).isEqualTo("12.5");
    }

    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}

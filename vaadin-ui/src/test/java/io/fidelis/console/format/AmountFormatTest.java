package io.fidelis.console.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class AmountFormatTest {

    @Test
    void groupsDigitsAndDropsTrailingZeros() {
        assertThat(AmountFormat.format(new BigDecimal("12500"), Locale.US)).isEqualTo("12,500");
        assertThat(AmountFormat.format(new BigDecimal("2.500"), Locale.US)).isEqualTo("2.5");
        assertThat(AmountFormat.format(null, Locale.US)).isEmpty();
    }

    @Test
    void signsChanges() {
        assertThat(AmountFormat.formatChange(new BigDecimal("120"), Locale.US)).isEqualTo("+120");
        assertThat(AmountFormat.formatChange(new BigDecimal("-50"), Locale.US)).isEqualTo("\u221250");
        assertThat(AmountFormat.formatChange(BigDecimal.ZERO, Locale.US)).isEqualTo("0");
    }
}

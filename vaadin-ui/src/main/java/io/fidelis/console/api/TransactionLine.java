package io.fidelis.console.api;

import java.math.BigDecimal;

public record TransactionLine(String sku, String category, BigDecimal quantity, long unitPriceMinor,
                              long amountMinor) {
}

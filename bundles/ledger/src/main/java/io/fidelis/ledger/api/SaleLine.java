package io.fidelis.ledger.api;

public record SaleLine(String sku, String category, Integer quantity, Long unitPriceMinor) {
}

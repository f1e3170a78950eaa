package io.fidelis.ledger.api;

public record LineView(String sku, String category, int quantity, long unitPriceMinor, long amountMinor) {
}

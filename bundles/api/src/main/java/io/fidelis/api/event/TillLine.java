package io.fidelis.api.event;

/** One basket line as the till sent it. Prices are in minor units of the event's currency. */
public record TillLine(String sku, String category, int quantity, long unitPriceMinor) {

    public long amountMinor() {
        return Math.multiplyExact(unitPriceMinor, (long) quantity);
    }
}

package io.fidelis.ledger.api;

/** Part of a basket paid with {@code tender}: CASH, CARD, OTHER, or a loyalty asset such as WALLET, POINTS, TAB, COMP, CREDIT:casino. */
public record SalePayment(String tender, Long amountMinor) {
}

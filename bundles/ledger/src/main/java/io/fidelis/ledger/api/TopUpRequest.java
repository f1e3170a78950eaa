package io.fidelis.ledger.api;

/** Money paid in at the till ({@code tender} CASH, CARD or OTHER) onto a prepaid account ({@code asset}, WALLET by default). */
public record TopUpRequest(String cardCode, String storeCode, String staffCode, Long amountMinor, String tender, String asset) {
}

package io.fidelis.ledger.api;

/** Settles the card's open tab at exit with {@code tender} (CASH, CARD, OTHER or WALLET) and closes it. */
public record TabSettleRequest(String cardCode, String storeCode, String staffCode, String tender) {
}

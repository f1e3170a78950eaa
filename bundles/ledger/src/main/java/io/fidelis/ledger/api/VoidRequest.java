package io.fidelis.ledger.api;

/** Cancels a transaction entered by mistake: every movement it booked is compensated. */
public record VoidRequest(String storeCode, String staffCode, String transactionId) {
}

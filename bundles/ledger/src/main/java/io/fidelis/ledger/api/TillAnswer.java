package io.fidelis.ledger.api;

/**
 * A {@link TillReceipt} as the JSON stored with its transaction (the till gets exactly those bytes, first time or
 * replayed), and whether it is the stored answer to an earlier call with the same idempotency key.
 */
public record TillAnswer(String receiptJson, boolean replayed) {
}

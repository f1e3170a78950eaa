package io.fidelis.ledger.api;

/** A receipt, and whether it is the stored answer to an earlier call with the same idempotency key. */
public record TillAnswer(TillReceipt receipt, boolean replayed) {
}

package io.fidelis.ledger.api;

/** One ledger entry a till call booked: {@code kind} MOVE, RENEWAL, EXPIRY or REVERSAL. */
public record Movement(String asset, long amount, String kind, String reason) {
}

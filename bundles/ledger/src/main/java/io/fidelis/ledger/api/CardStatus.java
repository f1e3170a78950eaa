package io.fidelis.ledger.api;

/** A card and its state after a change; {@code replacedBy} names the new card after a replacement. */
public record CardStatus(String cardCode, String memberId, String status, String replacedBy) {
}

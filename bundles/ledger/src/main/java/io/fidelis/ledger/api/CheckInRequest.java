package io.fidelis.ledger.api;

/** A visit that uses one session of a pack; {@code asset} names the pack (SESSIONS:...) or is null to let the program choose. */
public record CheckInRequest(String cardCode, String storeCode, String staffCode, String asset) {
}

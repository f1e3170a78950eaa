package io.fidelis.ledger.api;

/** Opens a pay-at-exit tab on a card: purchases paid with tender TAB go on it until {@code ceilingMinor}. */
public record TabOpenRequest(String cardCode, String storeCode, String staffCode, Long ceilingMinor) {
}

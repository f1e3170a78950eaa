package io.fidelis.ledger.api;

/**
 * Uses a reward the member holds ({@code rewardId}), or buys one from the catalogue ({@code catalogueCode}) and uses
 * it at once unless {@code keep} is true (the member defers it).
 */
public record RedeemRequest(String cardCode, String storeCode, String staffCode, String rewardId, String catalogueCode, Boolean keep) {
}

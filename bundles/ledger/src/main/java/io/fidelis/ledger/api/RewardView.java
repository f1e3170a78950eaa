package io.fidelis.ledger.api;

import java.time.Instant;

/** A reward or voucher a member holds ({@code status} ACTIVE) or just used (USED). */
public record RewardView(String rewardId, String rewardCode, String title, long valueMinor, Instant validUntil, String status) {
}

package io.fidelis.api.program;

import java.time.Instant;

/** A reward or voucher the member holds and has not used yet. {@code valueMinor} is 0 for a gift. */
public record RewardState(String rewardId, String rewardCode, String title, long valueMinor, Instant validUntil) {
}

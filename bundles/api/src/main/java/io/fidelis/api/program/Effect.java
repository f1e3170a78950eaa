package io.fidelis.api.program;

import io.fidelis.api.Asset;
import java.time.Instant;
import java.util.Objects;

/**
 * What a program type asks the core to do. The core validates every effect of an event and applies
 * them all in one database transaction, or none.
 */
public sealed interface Effect {

    /**
     * Adds {@code amount} (> 0) to the member's account for {@code asset}. With {@code validUntil}, the
     * account stays valid at least until then (a pack of sessions); after it, the core empties it.
     */
    record Credit(Asset asset, long amount, String reason, Instant validUntil) implements Effect {
        public Credit {
            Objects.requireNonNull(asset, "asset");
            requirePositive(amount);
        }

        public Credit(Asset asset, long amount, String reason) {
            this(asset, amount, reason, null);
        }
    }

    /** Takes {@code amount} (> 0) from the member's account; refused if the account would go below its floor. */
    record Debit(Asset asset, long amount, String reason) implements Effect {
        public Debit {
            Objects.requireNonNull(asset, "asset");
            requirePositive(amount);
        }
    }

    /**
     * Sets the account to exactly {@code amount} (>= 0) for the event's business day: what was left is gone.
     * The core books the difference as a renewal and records the day, which programs see as
     * {@link AccountState#renewedOn()}; this is how non-cumulative daily credits and comp allowances work.
     */
    record Renew(Asset asset, long amount, String reason) implements Effect {
        public Renew {
            Objects.requireNonNull(asset, "asset");
            if (amount < 0) {
                throw new IllegalArgumentException("amount must not be negative: " + amount);
            }
        }
    }

    /**
     * Gives the member a reward (a gift, {@code valueMinor} 0) or a voucher worth {@code valueMinor}; the member
     * may use it at a till until {@code validUntil} (null: no expiry).
     */
    record GrantReward(String rewardCode, String title, long valueMinor, Instant validUntil) implements Effect {
        public GrantReward {
            Objects.requireNonNull(rewardCode, "rewardCode");
            Objects.requireNonNull(title, "title");
            if (valueMinor < 0) {
                throw new IllegalArgumentException("valueMinor must not be negative: " + valueMinor);
            }
        }
    }

    /** Money off this sale, given back to the till at once (a discount card's "avantage"). */
    record Discount(long amountMinor, String reason) implements Effect {
        public Discount {
            requirePositive(amountMinor);
        }
    }

    /** A line for the till screen or for the receipt. */
    record Message(Channel channel, String text) implements Effect {
    }

    /** Refuses the whole till call with a reason the till can show. */
    record Reject(String code, String reason) implements Effect {
    }

    enum Channel { TILL, RECEIPT }

    static Credit credit(Asset asset, long amount, String reason) {
        return new Credit(asset, amount, reason);
    }

    static Debit debit(Asset asset, long amount, String reason) {
        return new Debit(asset, amount, reason);
    }

    static Renew renew(Asset asset, long amount, String reason) {
        return new Renew(asset, amount, reason);
    }

    static Message tillMessage(String text) {
        return new Message(Channel.TILL, text);
    }

    static Message receiptMessage(String text) {
        return new Message(Channel.RECEIPT, text);
    }

    static Reject reject(String code, String reason) {
        return new Reject(code, reason);
    }

    private static void requirePositive(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
    }
}

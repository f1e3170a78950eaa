package io.fidelis.api.program;

import io.fidelis.api.Asset;

/**
 * What a program type asks the core to do. The core validates every effect of an event and applies
 * them all in one database transaction, or none.
 */
public sealed interface Effect {

    /** Adds {@code amount} (> 0) to the member's account for {@code asset}. */
    record Credit(Asset asset, long amount, String reason) implements Effect {
        public Credit {
            requirePositive(amount);
        }
    }

    /** Takes {@code amount} (> 0) from the member's account; refused if the account would go below its floor. */
    record Debit(Asset asset, long amount, String reason) implements Effect {
        public Debit {
            requirePositive(amount);
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

    static Message tillMessage(String text) {
        return new Message(Channel.TILL, text);
    }

    static Message receiptMessage(String text) {
        return new Message(Channel.RECEIPT, text);
    }

    private static void requirePositive(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
    }
}

package io.fidelis.programs.support;

import io.fidelis.api.Asset;
import io.fidelis.api.program.Effect;
import java.util.Optional;

/**
 * A counter that pays out every {@code threshold} units (stamps, purchases): how many rewards the new units
 * complete, the net change of the counter once the completed units are taken off, and what is left to go.
 * One event pays out at most {@link #MAX_REWARDS} rewards (a till sells up to millions of articles in one
 * call); the units beyond stay on the counter for the next events.
 */
public record Threshold(long rewards, long netChange, long counterAfter, long remaining) {

    public static final long MAX_REWARDS = 50;

    public static Threshold count(long counterBefore, long added, long threshold) {
        long total = Math.addExact(counterBefore, added);
        long rewards = Math.min(total / threshold, MAX_REWARDS);
        long after = total - rewards * threshold;
        return new Threshold(rewards, after - counterBefore, after, threshold - after % threshold);
    }

    /** One Credit or Debit for the net change of the counter, or nothing when it is unchanged. */
    public Optional<Effect> counterEffect(Asset counter, String reason) {
        if (netChange > 0) {
            return Optional.of(Effect.credit(counter, netChange, reason));
        }
        if (netChange < 0) {
            return Optional.of(Effect.debit(counter, -netChange, reason));
        }
        return Optional.empty();
    }
}

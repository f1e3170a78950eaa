package io.fidelis.plugins.hairdresser;

import io.fidelis.api.program.InvalidConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Bonus percentages by top-up amount, read from {@code "10000=10, 20000=15"} (from 100 EUR: 10 %, from 200 EUR: 15 %). */
final class BonusSteps {

    static final long MAX_AMOUNT = 100_000_000;

    record Step(long fromMinor, int percent) {
        long bonusOn(long paidMinor) {
            return Math.multiplyExact(paidMinor, (long) percent) / 100;
        }
    }

    private final List<Step> steps;

    private BonusSteps(List<Step> steps) {
        this.steps = steps;
    }

    static BonusSteps parse(String field, String text) {
        List<Step> steps = new ArrayList<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=", -1);
            if (parts.length != 2) {
                throw new InvalidConfigException(field, "entry '" + entry.trim() + "' must look like amountInCents=percent");
            }
            long from = number(field, parts[0], 1, MAX_AMOUNT, "amount");
            int percent = (int) number(field, parts[1], 0, 100, "percent");
            if (!steps.isEmpty() && from <= steps.get(steps.size() - 1).fromMinor()) {
                throw new InvalidConfigException(field, "amounts must go up: " + from + " comes after "
                        + steps.get(steps.size() - 1).fromMinor());
            }
            steps.add(new Step(from, percent));
        }
        return new BonusSteps(List.copyOf(steps));
    }

    private static long number(String field, String text, long min, long max, String what) {
        try {
            long value = Long.parseLong(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the bounds
        }
        throw new InvalidConfigException(field, what + " '" + text.trim() + "' must be a whole number from " + min + " to " + max);
    }

    /** The highest step the top-up reaches, if any. */
    Optional<Step> stepFor(long paidMinor) {
        return steps.stream().filter(s -> paidMinor >= s.fromMinor()).reduce((lower, higher) -> higher);
    }

    /** The next step above the top-up, to tell the client what a bigger top-up would earn. */
    Optional<Step> nextAbove(long paidMinor) {
        return steps.stream().filter(s -> paidMinor < s.fromMinor()).findFirst();
    }
}

package io.fidelis.plugins.casino;

import io.fidelis.api.program.InvalidConfigException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The daily credit of each member category, read from {@code "regular=2000, privileged=5000"}. */
final class CategoryCredits {

    static final long MAX_CREDIT = 1_000_000;

    private final Map<String, Long> credits;

    private CategoryCredits(Map<String, Long> credits) {
        this.credits = credits;
    }

    static CategoryCredits parse(String field, String text) {
        Map<String, Long> credits = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=", -1);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new InvalidConfigException(field, "entry '" + entry.trim() + "' must look like category=amountInCents");
            }
            String category = parts[0].trim().toLowerCase(Locale.ROOT);
            long amount;
            try {
                amount = Long.parseLong(parts[1].trim());
            } catch (NumberFormatException e) {
                throw new InvalidConfigException(field, "amount of '" + category + "' must be a whole number of cents");
            }
            if (amount < 0 || amount > MAX_CREDIT) {
                throw new InvalidConfigException(field, "amount of '" + category + "' must be from 0 to " + MAX_CREDIT);
            }
            if (credits.put(category, amount) != null) {
                throw new InvalidConfigException(field, "names category '" + category + "' twice");
            }
        }
        return new CategoryCredits(credits);
    }

    long creditOf(String category, long otherwise) {
        return category == null ? otherwise : credits.getOrDefault(category.toLowerCase(Locale.ROOT), otherwise);
    }
}

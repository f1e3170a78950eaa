package io.fidelis.programs.discount;

import io.fidelis.api.program.InvalidConfigException;
import io.fidelis.programs.support.TextList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Percent off per customer category, written {@code category = percent} separated by {@code ;} or new lines,
 * e.g. {@code vip = 10; staff = 20}. Categories match case-insensitively.
 */
final class DiscountRates {

    private final Map<String, Long> percentByCategory;

    private DiscountRates(Map<String, Long> percentByCategory) {
        this.percentByCategory = Map.copyOf(percentByCategory);
    }

    static DiscountRates parse(String field, String text) {
        Map<String, Long> rates = new HashMap<>();
        int number = 0;
        for (String entry : TextList.entries(text)) {
            number++;
            String[] parts = entry.split("=", -1);
            String category = parts[0].trim().toLowerCase(Locale.ROOT);
            if (parts.length != 2 || category.isEmpty() || category.length() > 64) {
                throw new InvalidConfigException(field, "entry " + number + " must be category = percent");
            }
            long percent = TextList.wholeNumber(field, "entry " + number + ": percent", parts[1], 1, 100);
            if (rates.put(category, percent) != null) {
                throw new InvalidConfigException(field, "entry " + number + ": category '" + category + "' appears twice");
            }
        }
        if (rates.isEmpty()) {
            throw new InvalidConfigException(field, "must give at least one category = percent");
        }
        return new DiscountRates(rates);
    }

    Optional<Long> percentFor(String customerCategory) {
        return customerCategory == null ? Optional.empty()
                : Optional.ofNullable(percentByCategory.get(customerCategory.trim().toLowerCase(Locale.ROOT)));
    }
}

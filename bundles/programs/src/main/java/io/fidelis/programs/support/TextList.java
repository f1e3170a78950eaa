package io.fidelis.programs.support;

import io.fidelis.api.program.InvalidConfigException;
import java.util.Arrays;
import java.util.List;

/**
 * Lists merchants type into one text field: one entry per line or separated by {@code ;}, blank entries
 * ignored. Errors name the field and the entry's number, counted from 1.
 */
public final class TextList {

    private TextList() {
    }

    public static List<String> entries(String text) {
        return Arrays.stream(text.split("[;\\n]")).filter(entry -> !entry.isBlank()).map(String::trim).toList();
    }

    /** A whole number within bounds, or an error such as {@code items item 2: cost must be a whole number from 1 to 10}. */
    public static long wholeNumber(String field, String what, String text, long min, long max) {
        try {
            long value = Long.parseLong(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the bounds
        }
        throw new InvalidConfigException(field, what + " must be a whole number from " + min + " to " + max);
    }
}

package io.fidelis.programs.catalogue;

import io.fidelis.api.program.InvalidConfigException;
import io.fidelis.programs.support.RewardSpec;
import io.fidelis.programs.support.TextList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One reward of a catalogue. The catalogue is written one item per line (or separated by {@code ;}) as
 * {@code code | title | cost in points | validity days}, validity optional (0 or absent: no expiry), e.g.
 * {@code coffee | Free coffee | 50 | 30}.
 */
record CatalogueItem(String code, String title, long costPoints, long validityDays) {

    static final long MAX_COST = 10_000_000;
    static final long MAX_DAYS = 3650;

    /** The items by code, in the order written; throws naming {@code field} and the item at fault. */
    static Map<String, CatalogueItem> parseAll(String field, String text) {
        Map<String, CatalogueItem> items = new LinkedHashMap<>();
        int number = 0;
        for (String entry : TextList.entries(text)) {
            number++;
            CatalogueItem item = parse(field, number, entry);
            if (items.putIfAbsent(item.code(), item) != null) {
                throw new InvalidConfigException(field, "item " + number + ": code '" + item.code() + "' appears twice");
            }
        }
        if (items.isEmpty()) {
            throw new InvalidConfigException(field, "must list at least one item as code | title | cost | days");
        }
        return items;
    }

    private static CatalogueItem parse(String field, int number, String entry) {
        String[] parts = entry.split("\\|", -1);
        String at = "item " + number + ": ";
        if (parts.length < 3 || parts.length > 4) {
            throw new InvalidConfigException(field, at + "must be code | title | cost | days");
        }
        String code = parts[0].trim();
        if (!RewardSpec.CODE_PATTERN.matcher(code).matches()) {
            throw new InvalidConfigException(field, at + "code must be lower-case letters, digits or dashes");
        }
        String title = parts[1].trim();
        if (title.isEmpty() || title.length() > 100) {
            throw new InvalidConfigException(field, at + "title must be 1 to 100 characters");
        }
        long cost = TextList.wholeNumber(field, at + "cost", parts[2], 1, MAX_COST);
        long days = parts.length == 4 && !parts[3].isBlank() ? TextList.wholeNumber(field, at + "days", parts[3], 0, MAX_DAYS) : 0;
        return new CatalogueItem(code, title, cost, days);
    }
}

package io.fidelis.itests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

/** Malformed variants of a valid sale body, every one of which a till API must refuse. */
public final class MalformedSales {

    private static final String[] BAD_TEXT = {"null", "\"\"", "12", "true", "[]", "{}", "\"" + "x".repeat(100) + "\"", "\"bad code!\""};
    private static final String[] BAD_QUANTITY = {"null", "0", "-1", "1.5", "\"2\"", "10001", "1e20", "true", "[]", "99999999999"};
    private static final String[] BAD_PRICE = {"null", "-1", "1.5", "\"450\"", "1e30", "100000001", "true", "[]", "-9223372036854775808"};
    private static final String[] BAD_LINES = {"null", "[]", "{}", "\"x\"", "[null]", "[1]", "[[]]"};
    /** Inside a string they make an invalid code; outside one, invalid JSON. */
    private static final String STRUCTURAL = "{}[],\"";

    private MalformedSales() {
    }

    /** {@code valid} must be a compact sale with fields cardCode, storeCode, staffCode and lines of sku, category, quantity, unitPriceMinor. */
    public static List<String> from(String valid, long seed) {
        List<String> bodies = new ArrayList<>();
        for (String field : new String[] {"cardCode", "storeCode", "staffCode", "sku", "category"}) {
            for (String value : BAD_TEXT) {
                bodies.add(replaceValue(valid, field, "\"[^\"]*\"", value));
            }
        }
        for (String value : BAD_QUANTITY) {
            bodies.add(replaceValue(valid, "quantity", "[0-9]+", value));
        }
        for (String value : BAD_PRICE) {
            bodies.add(replaceValue(valid, "unitPriceMinor", "[0-9]+", value));
        }
        for (String value : BAD_LINES) {
            bodies.add(replaceValue(valid, "lines", "\\[.*\\]", value));
        }
        bodies.add(valid.replaceFirst("\\{", "{\"currency\":\"euro\","));
        bodies.add(valid.replaceFirst("\\{", "{\"points\":1000,"));
        bodies.addAll(List.of("", "null", "[]", "{}", "\"sale\"", "42", "{\"cardCode\":", "}{", valid + "{}", valid + "garbage"));
        Random random = new Random(seed);
        for (int i = 0; i < 30; i++) {
            bodies.add(valid.substring(0, 1 + random.nextInt(valid.length() - 2)));
            int at = random.nextInt(valid.length());
            bodies.add(valid.substring(0, at) + STRUCTURAL.charAt(random.nextInt(STRUCTURAL.length())) + valid.substring(at));
        }
        return bodies;
    }

    private static String replaceValue(String json, String field, String valuePattern, String replacement) {
        String changed = json.replaceFirst("\"" + field + "\":" + valuePattern,
                Matcher.quoteReplacement("\"" + field + "\":" + replacement));
        if (changed.equals(json)) {
            throw new IllegalArgumentException("no field " + field + " in " + json);
        }
        return changed;
    }
}

package io.fidelis.itests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;

/** Malformed variants of a valid till call body (not a sale's: see {@link MalformedSales}), every one of which must be refused. */
public final class MalformedCalls {

    /** What a required field holds, hence which values are wrong for it. */
    public enum Kind { CODE, AMOUNT, TRANSACTION_ID, TENDER }

    private static final Map<Kind, String[]> BAD = Map.of(
            Kind.CODE, new String[] {"null", "\"\"", "12", "true", "[]", "{}", "\"" + "x".repeat(100) + "\"", "\"bad code!\""},
            Kind.AMOUNT, new String[] {"null", "0", "-1", "1.5", "\"450\"", "1e30", "100000001", "true", "[]", "-9223372036854775808"},
            Kind.TRANSACTION_ID, new String[] {"null", "\"\"", "\"not-a-uuid\"", "42", "\"00000000-0000-0000-0000-00000000000G\"", "{}"},
            Kind.TENDER, new String[] {"null", "\"\"", "\"GOLD\"", "\"cash\"", "\"SESSIONS:gym\"", "7", "[]"});
    private static final String STRUCTURAL = "{}[],\"";

    private MalformedCalls() {
    }

    /** {@code valid} is a compact JSON object whose listed fields are all required. */
    public static List<String> from(String valid, Map<String, Kind> requiredFields, long seed) {
        List<String> bodies = new ArrayList<>();
        requiredFields.forEach((field, kind) -> {
            for (String value : BAD.get(kind)) {
                bodies.add(replaceValue(valid, field, value));
            }
            bodies.add(valid.replaceFirst(",?\"" + field + "\":(\"[^\"]*\"|[-0-9]+)", "").replace("{,", "{"));
        });
        bodies.add(valid.replaceFirst("\\{", "{\"points\":1000,"));
        bodies.addAll(List.of("", "null", "[]", "{}", "42", "}{", valid + "{}", valid + "garbage"));
        Random random = new Random(seed);
        for (int i = 0; i < 10; i++) {
            bodies.add(valid.substring(0, 1 + random.nextInt(valid.length() - 2)));
            int at = random.nextInt(valid.length());
            bodies.add(valid.substring(0, at) + STRUCTURAL.charAt(random.nextInt(STRUCTURAL.length())) + valid.substring(at));
        }
        return bodies;
    }

    private static String replaceValue(String json, String field, String replacement) {
        String changed = json.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[-0-9]+)",
                Matcher.quoteReplacement("\"" + field + "\":" + replacement));
        if (changed.equals(json)) {
            throw new IllegalArgumentException("no field " + field + " in " + json);
        }
        return changed;
    }
}

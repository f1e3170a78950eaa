package io.fidelis.console.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the merchant narrows the transaction log to; blank or null parts mean "any". Days are whole
 * days in {@code zone} (the console passes the browser's): {@code to} includes that day.
 */
public record TransactionFilter(String cardCode, String tillCode, String staffCode, LocalDate from, LocalDate to, ZoneId zone) {

    public static TransactionFilter none() {
        return new TransactionFilter(null, null, null, null, null, ZoneId.systemDefault());
    }

    /** The admin API's query parameters for this filter. */
    Map<String, String> queryParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        putText(parameters, "card", cardCode);
        putText(parameters, "till", tillCode);
        putText(parameters, "staff", staffCode);
        if (from != null) {
            parameters.put("from", startOf(from).toString());
        }
        if (to != null) {
            parameters.put("to", startOf(to.plusDays(1)).toString());
        }
        return parameters;
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static void putText(Map<String, String> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, value.strip());
        }
    }
}

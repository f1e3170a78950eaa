package io.fidelis.ledger.internal.admin;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** RFC 4180 CSV: a header line, then one line per row; fields with commas, quotes or line breaks are quoted. */
final class Csv {

    private Csv() {
    }

    static String of(List<String> columns, List<Map<String, Object>> rows) {
        StringBuilder csv = new StringBuilder(line(columns));
        for (Map<String, Object> row : rows) {
            csv.append(line(columns.stream().map(row::get).toList()));
        }
        return csv.toString();
    }

    private static String line(List<?> values) {
        return values.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}

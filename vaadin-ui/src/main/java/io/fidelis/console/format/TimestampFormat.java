package io.fidelis.console.format;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Shows API timestamps (ISO-8601 text) as local date and time, e.g. {@code 2025-06-01 14:03}.
 * With a zone (the merchant's browser zone) the instant is converted to it; without one the
 * offset the API sent is kept.
 */
public final class TimestampFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private TimestampFormat() {
    }

    public static String dateTime(String iso, ZoneId zone) {
        return format(iso, zone, DATE_TIME);
    }

    public static String date(String iso, ZoneId zone) {
        return format(iso, zone, DATE);
    }

    private static String format(String iso, ZoneId zone, DateTimeFormatter pattern) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(iso.strip());
            return pattern.format(zone == null ? time : time.atZoneSameInstant(zone));
        } catch (DateTimeParseException noOffset) {
            try {
                return pattern.format(LocalDateTime.parse(iso.strip()));
            } catch (DateTimeParseException notIso) {
                return iso;
            }
        }
    }
}
